using System.CommandLine;
using Generator.Authoring;
using Generator.Content;

namespace Generator.Cli;

/// <summary><c>new post "Title" [--tags a,b] [--category id] [--author id] [--date YYYY-MM-DD] [--slug s]</c> and <c>new term "open-weight model"</c>.</summary>
internal static class NewCommand
{
    public static Command Create(CliConsole console, CommonOptions common, TimeProvider clock)
    {
        var command = new Command("new", "Start a new post or glossary term, or add an author or category to site.yml");
        command.Subcommands.Add(PostCommand(console, common, clock));
        command.Subcommands.Add(TermCommand(console, common));
        command.Subcommands.Add(EntryCommand(console, common, SiteEntryKind.Author, "Priya Raman", "--bio", "One sentence about the author"));
        command.Subcommands.Add(EntryCommand(console, common, SiteEntryKind.Category, "Tech Frontline", "--description", "One sentence about what the category covers"));
        return command;
    }

    private static Command PostCommand(CliConsole console, CommonOptions common, TimeProvider clock)
    {
        var source = CommonOptions.Source();
        var title = new Argument<string>("title") { Description = "The headline, e.g. \"Kimi K2.6 brings open-weight agents\"" };
        var tags = new Option<string>("--tags") { Description = "Comma-separated tags, e.g. \"OpenAI,Agents\"" };
        var category = new Option<string>("--category") { Description = "A category id from site.yml" };
        var author = new Option<string>("--author") { Description = "An author id from site.yml (default: the first author)" };
        var date = new Option<string>("--date") { Description = "The post's date, YYYY-MM-DD (default: today), e.g. for an article first published elsewhere" };
        var slug = new Option<string>("--slug") { Description = "The URL segment and file name (default: from the title), e.g. kimi-k2-6-explained" };
        var command = new Command("post", "Create content/posts/<date>-<slug>.md as a draft") { title, source, tags, category, author, date, slug };
        command.SetAction(parse =>
        {
            var root = common.SiteRootOf(parse, source);
            var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
            var request = new NewPostRequest(parse.GetValue(title)!, (parse.GetValue(tags) ?? "").Split(','),
                parse.GetValue(category), parse.GetValue(author), parse.GetValue(date), parse.GetValue(slug));
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

    /// <summary><c>new author ID --name N [--bio B]</c>, <c>new category ID --name N [--description D]</c>.</summary>
    private static Command EntryCommand(CliConsole console, CommonOptions common, SiteEntryKind kind, string example, string detailName, string detailHelp)
    {
        var source = CommonOptions.Source();
        var id = new Argument<string>("id") { Description = $"The {kind.Noun}'s id, used in posts and URLs, e.g. {Slug.From(example)}" };
        var name = new Option<string>("--name") { Description = $"The name readers see, e.g. \"{example}\"", Required = true };
        var detail = new Option<string>(detailName) { Description = detailHelp };
        var command = new Command(kind.Noun, $"Add {kind.Noun} to site.yml's '{kind.ListKey}', keeping the rest of the file as it is") { id, name, detail, source };
        command.SetAction(parse =>
        {
            var diagnostics = new DiagnosticBag();
            var result = NewSiteEntry.Create(common.SiteRootOf(parse, source), kind, parse.GetValue(id)!, parse.GetValue(name)!,
                parse.GetValue(detail), diagnostics);
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
            foreach (var problem in result.Problems) console.Error.WriteLine($"error: {Printable.Lines(problem)}");
            return result.IsUsageProblem ? ExitCodes.Usage : ExitCodes.ContentErrors;
        }
        if (verbosity == Verbosity.Quiet) return ExitCodes.Success;
        console.Out.WriteLine(Printable.Of(result.Headline ?? $"Created {result.CreatedPath}"));
        foreach (var note in result.Notes) console.Out.WriteLine($"  note: {Printable.Lines(note)}");
        return ExitCodes.Success;
    }
}
