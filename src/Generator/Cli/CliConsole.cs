using System.CommandLine;
using Generator.Content;
using Spectre.Console;

namespace Generator.Cli;

internal enum Verbosity { Quiet, Normal, Verbose }

/// <summary>
/// Where commands write, and how: Spectre.Console's colours, tables and progress bars on an interactive terminal;
/// plain lines when output is redirected, NO_COLOR is set or TERM is dumb (CI logs, tests and scripts read those).
/// </summary>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, bool Rich)
{
    public static CliConsole Plain(TextWriter output, TextWriter error) => new(output, error, Rich: false);

    public static CliConsole FromEnvironment() => new(Console.Out, Console.Error,
        Rich: !Console.IsOutputRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"))
              && Environment.GetEnvironmentVariable("TERM") != "dumb");

    public IAnsiConsole Ansi(TextWriter writer) =>
        AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer), Interactive = InteractionSupport.Detect });

    /// <summary>Diagnostics go to the error stream, errors in red and warnings in yellow on a terminal.</summary>
    public void WriteDiagnostics(IEnumerable<Diagnostic> diagnostics, Verbosity verbosity)
    {
        var shown = diagnostics.Where(d => verbosity != Verbosity.Quiet || d.Severity == Severity.Error).ToList();
        if (!Rich)
        {
            foreach (var diagnostic in shown) Error.WriteLine(diagnostic);
            return;
        }
        var console = Ansi(Error);
        foreach (var diagnostic in shown)
        {
            var colour = diagnostic.Severity == Severity.Error ? "red" : "yellow";
            var text = diagnostic.ToString();
            var split = text.IndexOf(": ", StringComparison.Ordinal) is var i and >= 0 ? text.IndexOf(": ", i + 2, StringComparison.Ordinal) : -1;
            console.MarkupLine(split < 0 ? $"[{colour}]{Markup.Escape(text)}[/]"
                : $"[bold]{Markup.Escape(text[..split])}[/]: [{colour}]{Markup.Escape(text[(split + 2)..])}[/]");
        }
    }
}

/// <summary>Options every command accepts, and the folder the command was started in.</summary>
internal sealed record CommonOptions(Option<bool> Quiet, Option<bool> Verbose)
{
    /// <summary>Relative paths and the search for site.yml start here (the process's current folder, unless a test
    /// gives another).</summary>
    public string WorkingFolder { get; init; } = Environment.CurrentDirectory;

    /// <summary>How long <c>build</c> waits for another build of the same output folder (tests shorten it).</summary>
    public TimeSpan OutputLockWait { get; init; } = Output.OutputLockWait.Default.Limit;

    public string SiteRootOf(ParseResult parse, Option<string> source) => SiteRoot.Resolve(parse.GetValue(source), WorkingFolder);

    public static CommonOptions Create() => new(
        new Option<bool>("--quiet", "-q") { Description = "Print only errors", Recursive = true },
        new Option<bool>("--verbose", "-v") { Description = "Print more detail (every page written or re-rendered)", Recursive = true });

    public Verbosity VerbosityOf(ParseResult parse) =>
        parse.GetValue(Quiet) ? Verbosity.Quiet : parse.GetValue(Verbose) ? Verbosity.Verbose : Verbosity.Normal;

    public static Option<string> Source() =>
        new("--source") { Description = "Site root holding site.yml, content/ and templates/ (default: the nearest folder with a site.yml, from the current folder up)" };
}
