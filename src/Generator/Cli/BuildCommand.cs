using System.CommandLine;
using Generator.Content;
using Spectre.Console;

namespace Generator.Cli;

/// <summary><c>build [--source DIR] [--output DIR] [--base-url URL] [--drafts] [--future]</c></summary>
public static class BuildCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var common = CommonOptions.Create();
        var command = Create(CliConsole.Plain(stdout, stderr), common);
        command.Options.Add(common.Quiet);
        command.Options.Add(common.Verbose);
        return command;
    }

    public static Command Create(CliConsole console, CommonOptions common)
    {
        var source = CommonOptions.Source();
        var output = new Option<string>("--output") { Description = "Output folder (default: <source>/_site)" };
        var baseUrl = new Option<string>("--base-url") { Description = "Override base_url from site.yml, e.g. https://example.github.io/ai-news/" };
        var drafts = new Option<bool>("--drafts") { Description = "Include posts marked draft: true" };
        var future = new Option<bool>("--future") { Description = "Include posts dated in the future" };
        var command = new Command("build", "Build the site into the output folder") { source, output, baseUrl, drafts, future };
        command.SetAction(parse =>
        {
            var verbosity = common.VerbosityOf(parse);
            var sourceRoot = Path.GetFullPath(parse.GetValue(source) ?? ".");
            var outputFolder = Path.GetFullPath(parse.GetValue(output) ?? Path.Combine(sourceRoot, "_site"));
            if (OutputFolderProblem(sourceRoot, outputFolder) is { } problem)
            {
                console.Error.WriteLine($"error: {problem}");
                return ExitCodes.Usage;
            }
            var options = new BuildOptions(sourceRoot, outputFolder, parse.GetValue(baseUrl), parse.GetValue(drafts), parse.GetValue(future));
            var (result, progress) = BuildProgress.Run(options, console, verbosity);
            console.WriteDiagnostics(result.Diagnostics, verbosity);
            if (!result.Succeeded)
            {
                var errors = result.Diagnostics.Count(d => d.Severity == Severity.Error);
                console.Error.WriteLine($"Build failed: {errors} error(s); the previous output in {Display(outputFolder)} was left as it was.");
                return ExitCodes.ContentErrors;
            }
            if (verbosity == Verbosity.Quiet) return ExitCodes.Success;
            if (verbosity == Verbosity.Verbose)
                foreach (var path in result.Paths.Order(StringComparer.Ordinal)) console.Out.WriteLine($"  {path}");
            var warnings = result.Diagnostics.Count(d => d.Severity == Severity.Warning);
            if (console.Rich) WriteSummaryTable(console, result, progress, Display(outputFolder), warnings);
            else console.Out.WriteLine($"Built {Summary(result)} in {result.Elapsed.TotalMilliseconds:0} ms → {Display(outputFolder)}"
                + (warnings > 0 ? $" ({warnings} warning(s))" : ""));
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>"75 pages and 34 other files": feeds, sitemap and the search index are files, not pages.</summary>
    private static string Summary(BuildResult result)
    {
        var pages = result.Paths.Count(p => p.EndsWith(".html", StringComparison.Ordinal));
        var others = result.Paths.Count - pages;
        return $"{pages} pages" + (others > 0 ? $" and {others} other files" : "");
    }

    private static void WriteSummaryTable(CliConsole console, BuildResult result, BuildProgress progress, string outputFolder, int warnings)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumn("Pages").AddColumn(new TableColumn("Count").RightAligned());
        foreach (var (kind, count) in progress.PagesByKind.OrderByDescending(k => k.Value).ThenBy(k => k.Key, StringComparer.Ordinal))
            table.AddRow(Markup.Escape(kind), count.ToString());
        table.AddRow("[bold]total[/]", $"[bold]{progress.PagesByKind.Values.Sum()}[/]");
        var ansi = console.Ansi(console.Out);
        ansi.Write(table);
        ansi.MarkupLine($"[green]Built {Summary(result)}[/] in {result.Elapsed.TotalMilliseconds:0} ms → {Markup.Escape(outputFolder)}"
            + (warnings == 0 ? "" : $" [yellow]({warnings} warning(s))[/]"));
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

    public static string Display(string folder)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, folder);
        return relative.StartsWith("..", StringComparison.Ordinal) ? folder : relative;
    }
}
