using System.CommandLine;
using Generator.Content;
using Generator.Scaffold;

namespace Generator.Cli;

/// <summary><c>init [DIR] [--title T] [--base-url URL] [--force]</c>: a new blog that builds and serves as it is.</summary>
internal static class InitCommand
{
    public static Command Create(CliConsole console, CommonOptions common, TimeProvider clock)
    {
        var folder = new Argument<string>("dir") { Description = "Folder for the new blog (default: the current folder)", Arity = ArgumentArity.ZeroOrOne };
        var title = new Option<string>("--title") { Description = $"The blog's name (default: \"{NewSite.DefaultTitle}\")" };
        var baseUrl = new Option<string>("--base-url") { Description = "Where it will be published (default: https://example.github.io/<dir>/)" };
        var force = new Option<bool>("--force") { Description = "Add the missing files to a folder that is not empty (existing files are never overwritten)" };
        var command = new Command("init", "Create a new blog: site.yml, a welcome post, two glossary terms, an About page and a GitHub Pages workflow")
        {
            folder, title, baseUrl, force,
        };
        command.SetAction(parse =>
        {
            var target = Path.GetFullPath(parse.GetValue(folder) ?? ".", common.WorkingFolder);
            // The welcome post is dated by the UTC day, so it is never in the future and the first build shows it.
            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            var result = NewSite.Create(new NewSiteRequest(target, parse.GetValue(title), parse.GetValue(baseUrl), parse.GetValue(force)), today);
            if (!result.Succeeded)
            {
                foreach (var problem in result.Problems) console.Error.WriteLine($"error: {problem}");
                return result.IsUsageProblem ? ExitCodes.Usage : ExitCodes.ContentErrors;
            }
            if (common.VerbosityOf(parse) == Verbosity.Quiet) return ExitCodes.Success;
            Report(console.Out, result, Shown(target, common.WorkingFolder));
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Report(TextWriter output, NewSiteResult result, string shown)
    {
        output.WriteLine($"Created a new blog in {shown}");
        foreach (var path in result.Created) output.WriteLine($"  {Printable.Of(path)}");
        foreach (var path in result.Skipped) output.WriteLine($"  skipped {Printable.Of(path)} (it exists; left as it was)");
        output.WriteLine();
        output.WriteLine("Next:");
        if (shown != ".") output.WriteLine($"  cd {Quoted(shown)}");
        output.WriteLine($"  {Program.ToolName} serve                      preview it with live reload");
        output.WriteLine($"  {Program.ToolName} new post \"Your headline\"   start an article");
        output.WriteLine($"  {Program.ToolName} build                      write the site to _site/");
        output.WriteLine($"The theme is built in; '{Program.ToolName} theme eject partials/footer.sbn-html' copies one file into templates/ to change it.");
        if (SiteTemplate.IsDevelopmentBuild(SiteTemplate.ToolVersion) && result.Created.Contains(".github/workflows/pages.yml"))
            output.WriteLine($"note: this {Program.ToolName} is a development build ({SiteTemplate.ToolVersion}): .github/workflows/pages.yml "
                + "installs that version, which no release has; change both versions in it to a released one before pushing");
    }

    private static string Shown(string target, string workingFolder)
    {
        var relative = Path.GetRelativePath(workingFolder, target);
        return relative.StartsWith("..", StringComparison.Ordinal) ? target : relative;
    }

    private static string Quoted(string path) => path.Any(char.IsWhiteSpace) ? $"\"{path}\"" : path;
}
