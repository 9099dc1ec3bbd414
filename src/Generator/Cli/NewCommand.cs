using System.CommandLine;
using Generator.Authoring;
using Generator.Content;

namespace Generator.Cli;

/// <summary><c>new post "Title" [--tags a,b] [--category id] [--author id]</c> and <c>new term "open-weight model"</c>.</summary>
public static class NewCommand
{
    public static Command Create(CliConsole console, CommonOptions common, TimeProvider clock)
    {
        var command = new Command("new", "Start a new post or glossary term from a template that builds as it is");
        command.Subcommands.Add(PostCommand(console, common, clock));
        command.Subcommands.Add(TermCommand(console, common));
        return command;
    }

    private static Command PostCommand(CliConsole console, CommonOptions common, TimeProvider clock)
    {
        var source = CommonOptions.Source();
        var title = new Argument<string>("title") { Description = "The headline, e.g. \"Kimi K2.6 brings open-weight agents\"" };
        var tags = new Option<string>("--tags") { Description = "Comma-separated tags, e.g. \"OpenAI,Agents\"" };
        var category = new Option<string>("--category") { Description = "A category id from site.yml" };
        var author = new Option<string>("--author") { Description = "An author id from site.yml (default: the first author)" };
        var command = new Command("post", "Create content/posts/<today>-<slug>.md as a draft") { title, source, tags, category, author };
        command.SetAction(parse =>
        {
            var root = common.SiteRootOf(parse, source);
            var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
            var request = new NewPostRequest(parse.GetValue(title)!, (parse.GetValue(tags) ?? "").Split(','),
                parse.GetValue(category), parse.GetValue(author));
            var diagnostics = new DiagnosticBag();
            return Report(console, common.VerbosityOf(parse), NewPost.Create(root, request, today, diagnostics), diagnostics);
        });
        return command;
    }

    private static Command TermCommand(CliConsole console, CommonOptions common)
    {
        var source = CommonOptions.Source();
        var term = new Argument<string>("term") { Description = "The term as it is usually written, e.g. \"open-weight model\"" };
        var command = new Command("term", "Create content/glossary/<slug>.md") { term, source };
        command.SetAction(parse =>
        {
            var diagnostics = new DiagnosticBag();
            var result = NewTerm.Create(common.SiteRootOf(parse, source), parse.GetValue(term)!, diagnostics);
            return Report(console, common.VerbosityOf(parse), result, diagnostics);
        });
        return command;
    }

    private static int Report(CliConsole console, Verbosity verbosity, NewContentResult result, DiagnosticBag diagnostics)
    {
        if (result.CreatedPath is null)
        {
            // Only site.yml's problems explain a refusal; other files' problems are for build and check.
            console.WriteDiagnostics(diagnostics.All.Where(d => d.At.Path == SiteConfigReader.FileName && d.Severity == Severity.Error), verbosity);
            foreach (var problem in result.Problems) console.Error.WriteLine($"error: {problem}");
            return result.IsUsageProblem ? ExitCodes.Usage : ExitCodes.ContentErrors;
        }
        if (verbosity == Verbosity.Quiet) return ExitCodes.Success;
        console.Out.WriteLine(result.Headline ?? $"Created {result.CreatedPath}");
        foreach (var note in result.Notes) console.Out.WriteLine($"  note: {note}");
        return ExitCodes.Success;
    }
}
