using System.CommandLine;
using Generator.Content;

namespace Generator.Cli;

/// <summary><c>build [--source DIR] [--output DIR] [--base-url URL] [--drafts] [--future]</c></summary>
public static class BuildCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var source = new Option<string>("--source") { Description = "Site root holding site.yml, content/ and templates/ (default: current folder)" };
        var output = new Option<string>("--output") { Description = "Output folder (default: <source>/_site)" };
        var baseUrl = new Option<string>("--base-url") { Description = "Override base_url from site.yml, e.g. https://example.github.io/ai-news/" };
        var drafts = new Option<bool>("--drafts") { Description = "Include posts marked draft: true" };
        var future = new Option<bool>("--future") { Description = "Include posts dated in the future" };
        var command = new Command("build", "Build the site into the output folder") { source, output, baseUrl, drafts, future };
        command.SetAction(parse =>
        {
            var sourceRoot = Path.GetFullPath(parse.GetValue(source) ?? ".");
            var outputFolder = Path.GetFullPath(parse.GetValue(output) ?? Path.Combine(sourceRoot, "_site"));
            if (OutputFolderProblem(sourceRoot, outputFolder) is { } problem)
            {
                stderr.WriteLine($"error: {problem}");
                return ExitCodes.Usage;
            }
            var result = SiteBuild.Run(new BuildOptions(sourceRoot, outputFolder, parse.GetValue(baseUrl), parse.GetValue(drafts), parse.GetValue(future)));
            foreach (var diagnostic in result.Diagnostics) stderr.WriteLine(diagnostic);
            if (!result.Succeeded)
            {
                var errors = result.Diagnostics.Count(d => d.Severity == Severity.Error);
                stderr.WriteLine($"Build failed: {errors} error(s); the previous output in {Display(outputFolder)} was left as it was.");
                return ExitCodes.ContentErrors;
            }
            var warnings = result.Diagnostics.Count(d => d.Severity == Severity.Warning);
            stdout.WriteLine($"Built {result.Files.Count} pages in {result.Elapsed.TotalMilliseconds:0} ms → {Display(outputFolder)}"
                + (warnings > 0 ? $" ({warnings} warning(s))" : ""));
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The output folder is replaced wholesale on every build, so it must never hold the site's sources.</summary>
    public static string? OutputFolderProblem(string sourceRoot, string outputFolder)
    {
        var source = sourceRoot.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var output = outputFolder.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        if (source.StartsWith(output, StringComparison.Ordinal))
            return $"--output '{outputFolder}' contains the site's sources; every build replaces the output folder, so choose another";
        foreach (var protectedFolder in new[] { "content", "templates", "src", "tests" })
        {
            if (output.StartsWith(Path.Combine(sourceRoot, protectedFolder) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                return $"--output '{outputFolder}' is inside {protectedFolder}/; choose a folder outside the site's sources";
        }
        return null;
    }

    private static string Display(string folder)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, folder);
        return relative.StartsWith("..", StringComparison.Ordinal) ? folder : relative;
    }
}
