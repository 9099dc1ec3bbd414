using Generator.Content;

namespace Generator.Check;

/// <summary>
/// Collects check findings. A problem that cannot be traced to a content file comes from the theme and so appears on
/// many pages; it is reported once, with the number of other pages that have it, instead of once per page.
/// </summary>
internal sealed class FindingSink(CheckedSite site)
{
    private readonly List<Diagnostic> located = [];
    private readonly Dictionary<(string Code, string Message), (Diagnostic First, int Count)> fromTheme = [];

    public void Error(CheckedPage page, PagePosition? element, string code, string message, params string[] needles) =>
        Add(page, element, Severity.Error, code, message, needles);

    public void Warning(CheckedPage page, PagePosition? element, string code, string message, params string[] needles) =>
        Add(page, element, Severity.Warning, code, message, needles);

    public void Add(Diagnostic diagnostic) => located.Add(diagnostic);

    public IReadOnlyList<Diagnostic> All()
    {
        var themed = fromTheme.Values.Select(v => v.Count == 1 ? v.First
            : v.First with { Message = v.First.Message + $" (and on {v.Count - 1} other page{(v.Count == 2 ? "" : "s")})" });
        return located.Concat(themed)
            .OrderBy(d => d.At.Path, StringComparer.Ordinal).ThenBy(d => d.At.Line).ThenBy(d => d.At.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal).ThenBy(d => d.Message, StringComparer.Ordinal)
            .Distinct().ToList();
    }

    private void Add(CheckedPage page, PagePosition? element, Severity severity, string code, string message, string[] needles)
    {
        var at = site.Locate(page, element, needles);
        var diagnostic = new Diagnostic(at, severity, code, message);
        if (site.IsLocatedInSource(at, page))
        {
            located.Add(diagnostic);
            return;
        }
        fromTheme[(code, message)] = fromTheme.TryGetValue((code, message), out var seen) ? (seen.First, seen.Count + 1) : (diagnostic, 1);
    }
}
