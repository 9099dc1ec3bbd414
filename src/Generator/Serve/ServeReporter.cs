using Generator.Content;

namespace Generator.Serve;

/// <summary>What serve tells the terminal: where it listens, each rebuild, and every diagnostic of a failed one.</summary>
internal sealed class ServeReporter(TextWriter output, bool verbose = false, bool quiet = false)
{
    private readonly Lock gate = new();

    public void FirstBuild(RebuildOutcome outcome)
    {
        if (outcome.Succeeded) Write(Warnings(outcome) + $"Built {outcome.PageCount} pages in {Ms(outcome)}" + WarningCount(outcome));
        else Write(Failure(outcome, "The site does not build yet; the browser shows the errors until it does."));
    }

    public void Listening(Uri siteAddress, ServeOptions options)
    {
        var drafts = options.ShowDrafts ? "drafts and scheduled posts shown" : "drafts and scheduled posts hidden";
        WriteAlways($"Serving {siteAddress} ({drafts}); watching content/, templates/ and site.yml. Press Ctrl+C to stop.");
        if (!HostCheck.IsLoopback(options.Host))
            WriteAlways($"warning: listening on {options.Host}, so other machines on the network can reach this server");
    }

    public void Rebuilt(IReadOnlyList<string> changed, RebuildOutcome outcome)
    {
        var what = What(changed);
        if (!outcome.Succeeded)
        {
            Write(Failure(outcome, $"Build failed after changing {what}; still serving the last good version."));
            return;
        }
        var line = (outcome.Recovered ? "Build fixed. " : "") + $"{DateTime.Now:HH:mm:ss} {what} changed: re-rendered {outcome.RerenderedUrls.Count} of {outcome.PageCount} pages in {Ms(outcome)}"
            + (outcome.StylesheetsOnly ? " (stylesheet swapped in place)" : "") + WarningCount(outcome);
        if (verbose) line += string.Concat(outcome.RerenderedUrls.Select(u => "\n  " + Printable.Of(u)
            + (outcome.Reasons.TryGetValue(u, out var why) ? ": " + Printable.Of(string.Join("; ", why)) : "")));
        Write(Warnings(outcome) + line);
    }

    /// <summary>A superseded rebuild that did not stop when asked (see <see cref="DevServer"/>).</summary>
    public void LeftBehind(IReadOnlyList<string> changed, TimeSpan waited) =>
        Write($"The rebuild after changing {What(changed)} did not stop within {waited.TotalSeconds:0.#} s of being cancelled; "
            + "building the newer changes without waiting for it.");

    /// <summary>The changed files, named safely (<see cref="Printable"/>): the watcher reports any name a file has.</summary>
    private static string What(IReadOnlyList<string> changed) =>
        changed.Count <= 3 ? string.Join(", ", changed.Select(Printable.Of))
            : $"{string.Join(", ", changed.Take(2).Select(Printable.Of))} and {changed.Count - 2} more";

    private string Failure(RebuildOutcome outcome, string headline) =>
        string.Concat(outcome.Diagnostics.Where(d => d.Severity == Severity.Error || !quiet).Select(d => d + "\n")) + headline;

    private string Warnings(RebuildOutcome outcome) =>
        quiet ? "" : string.Concat(outcome.Diagnostics.Where(d => d.Severity == Severity.Warning).Select(d => d + "\n"));

    private static string WarningCount(RebuildOutcome outcome) =>
        outcome.Diagnostics.Count(d => d.Severity == Severity.Warning) is var n and > 0 ? $" ({n} warning(s))" : "";

    private static string Ms(RebuildOutcome outcome) => $"{outcome.Elapsed.TotalMilliseconds:0} ms";

    private void Write(string text)
    {
        if (!quiet || text.Contains(": error ", StringComparison.Ordinal)) WriteAlways(text);
    }

    private void WriteAlways(string text)
    {
        lock (gate) output.WriteLine(text);
    }
}
