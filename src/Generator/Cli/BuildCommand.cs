using System.CommandLine;
using Generator.Content;
using Generator.Output;
using Spectre.Console;

namespace Generator.Cli;

/// <summary><c>build [--source DIR] [--output DIR] [--base-url URL] [--drafts] [--future]</c></summary>
internal static class BuildCommand
{
    public static Command Create(CliConsole console, CommonOptions common)
    {
        var source = CommonOptions.Source();
        var output = new Option<string>("--output") { Description = "Output folder (default: <source>/_site)" };
        var baseUrl = new Option<string>("--base-url") { Description = "Override base_url from site.yml, e.g. https://example.github.io/ai-news/" };
        var drafts = new Option<bool>("--drafts") { Description = "Include posts marked draft: true" };
        var future = new Option<bool>("--future") { Description = "Include posts dated in the future" };
        var force = new Option<bool>("--force") { Description = "Replace a non-empty output folder that an earlier build did not write" };
        var clean = new Option<bool>("--clean") { Description = "Render every page, ignoring the record of the previous build in .cache/build/ (it is written again)" };
        var command = new Command("build", "Build the site into the output folder") { source, output, baseUrl, drafts, future, force, clean };
        command.SetAction(parse =>
        {
            var verbosity = common.VerbosityOf(parse);
            var sourceRoot = common.SiteRootOf(parse, source);
            var outputText = parse.GetValue(output) is { } given
                ? (string.IsNullOrWhiteSpace(given) ? given : Path.GetFullPath(given, common.WorkingFolder))
                : Path.Combine(sourceRoot, "_site");
            if (OutputFolder.Problem(sourceRoot, outputText, parse.GetValue(force)) is { } problem)
            {
                console.Error.WriteLine($"error: {Printable.Of(problem)}");
                return ExitCodes.Usage;
            }
            var outputFolder = Path.GetFullPath(outputText);
            using var stop = StopSignal.Listen(console.Error,
                $"Build stopped without waiting; the previous output in {Display(outputFolder)} was left as it was (the next build removes the unfinished copy beside it).");
            // Another build of this output holds its lock: say so once, then wait (see OutputLock).
            var lockWait = new OutputLockWait(common.OutputLockWait, holder => console.Error.WriteLine(
                $"Waiting for {OutputLockedException.Describe(holder)} to finish writing {Display(outputFolder)} (at most {common.OutputLockWait.TotalSeconds:0.#} s)…"));
            var options = new BuildOptions(sourceRoot, outputFolder, parse.GetValue(baseUrl), parse.GetValue(drafts), parse.GetValue(future))
            {
                Cancel = stop.Token,
                LockWait = lockWait,
                Record = parse.GetValue(clean) ? RecordUse.Clean : RecordUse.Incremental,
            };
            BuildResult result;
            BuildProgress progress;
            try
            {
                SiteWriter.Recover(outputFolder, lockWait, stop.Token); // an earlier build killed mid-swap or mid-write
                (result, progress) = BuildProgress.Run(options, console, verbosity);
            }
            catch (Exception e) when (SiteBuild.IsCancellation(e))
            {
                console.Error.WriteLine($"Build cancelled; the previous output in {Display(outputFolder)} was left as it was.");
                return stop.ExitCode;
            }
            catch (OutputLockedException e)
            {
                console.Error.WriteLine($"error: {Printable.Of(e.Message)}");
                return ExitCodes.ContentErrors;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                console.Error.WriteLine($"error: cannot write the output folder {Display(outputFolder)}: {Printable.Of(e.Message)}; the previous output was left as it was.");
                return ExitCodes.ContentErrors;
            }
            console.WriteDiagnostics(result.Diagnostics, verbosity);
            if (verbosity != Verbosity.Quiet)
                foreach (var note in result.Notes) console.Error.WriteLine($"note: {Printable.Of(note)}");
            if (!result.Succeeded)
            {
                var errors = result.Diagnostics.Count(d => d.Severity == Severity.Error);
                console.Error.WriteLine($"Build failed: {errors} error(s); the previous output in {Display(outputFolder)} was left as it was.");
                return ExitCodes.ContentErrors;
            }
            if (verbosity == Verbosity.Quiet) return ExitCodes.Success;
            if (verbosity == Verbosity.Verbose)
            {
                foreach (var path in result.Paths.Order(StringComparer.Ordinal)) console.Out.WriteLine($"  {Printable.Of(path)}");
                // Why each page was rendered again rather than taken from the previous build (see .cache/build/).
                foreach (var (url, why) in (result.Incremental?.Reasons ?? new Dictionary<string, IReadOnlyList<string>>()).OrderBy(r => r.Key, StringComparer.Ordinal))
                    console.Out.WriteLine($"  rendered {Printable.Of(url)}: {Printable.Of(string.Join("; ", why))}");
            }
            var warnings = result.Diagnostics.Count(d => d.Severity == Severity.Warning);
            if (console.Rich && !result.UpToDate) WriteSummaryTable(console, result, progress, Display(outputFolder), warnings);
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
        var rendered = result.UpToDate ? " (up to date: no input or output file changed since the last build)"
            : result.Incremental is { } record && record.Rendered < pages ? $" ({record.Rendered} rendered, the rest unchanged)" : "";
        return $"{pages} pages" + (others > 0 ? $" and {others} other files" : "") + rendered;
    }

    private static void WriteSummaryTable(CliConsole console, BuildResult result, BuildProgress progress, string outputFolder, int warnings)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumn("Pages").AddColumn(new TableColumn("Count").RightAligned());
        foreach (var (kind, count) in progress.PagesByKind.OrderByDescending(k => k.Value).ThenBy(k => k.Key, StringComparer.Ordinal))
            table.AddRow(Markup.Escape(kind), count.ToString());
        table.AddRow("[bold]total[/]", $"[bold]{progress.PagesByKind.Values.Sum()}[/]");
        var ansi = console.Ansi(console.Out);
        ansi.Write(table);
        ansi.MarkupLine($"[green]Built {Summary(result)}[/] in {result.Elapsed.TotalMilliseconds:0} ms → {Markup.Escape(Printable.Of(outputFolder))}"
            + (warnings == 0 ? "" : $" [yellow]({warnings} warning(s))[/]"));
    }

    public static string Display(string folder)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, folder);
        return Printable.Of(relative.StartsWith("..", StringComparison.Ordinal) ? folder : relative);
    }
}
