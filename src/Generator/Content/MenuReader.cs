namespace Generator.Content;

/// <summary>
/// Reads <c>menu:</c> from site.yml, the header navigation: each entry a <c>label</c>, a <c>url</c> (root-relative,
/// which gets the base path, or absolute) and an optional <c>weight</c> (lower first; equal weights keep file order).
/// </summary>
public static class MenuReader
{
    public static IReadOnlyList<MenuEntry>? Read(FieldReader fields, DiagnosticBag diagnostics)
    {
        var present = fields.KeyLocation("menu") is not null;
        var entries = fields.ObjectList("menu", entry =>
        {
            var label = entry.String("label", required: true);
            var url = entry.String("url", required: true);
            var weightText = entry.String("weight");
            var weight = 0;
            if (weightText is not null && !int.TryParse(weightText, out weight))
                diagnostics.Error(entry.ValueLocation("weight"), DiagnosticCodes.WrongType, "'weight' must be a whole number");
            if (url is not null && !IsMenuUrl(url))
            {
                diagnostics.Error(entry.ValueLocation("url"), DiagnosticCodes.InvalidUrl,
                    $"menu url '{url}' must start with '/' (a page of this site, e.g. /tags/) or be an absolute http(s) or mailto URL");
                return null;
            }
            return label is null || url is null ? null : new MenuEntry(label, url, weight);
        });
        if (!present) return null;
        return entries.Select((e, i) => (e, i)).OrderBy(p => p.e.Weight).ThenBy(p => p.i).Select(p => p.e).ToList();
    }

    private static bool IsMenuUrl(string url) =>
        (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal))
        || (Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https" or "mailto");
}
