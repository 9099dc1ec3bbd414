namespace Generator.Content;

/// <summary>
/// Reads <c>menu:</c> from site.yml, the header navigation: each entry a <c>label</c> (one text, or one per language:
/// <c>{ en: "Topics", zh: "话题" }</c>), a <c>url</c> (root-relative, which gets the base path, or absolute) and an
/// optional <c>weight</c> (lower first; equal weights keep file order). Whether a root-relative URL is a page of every
/// language is known only once the site is assembled (<c>Site/MenuLinks</c>).
/// </summary>
internal static class MenuReader
{
    /// <summary>An entry as written, its label in every language.</summary>
    public sealed record Written(LocalizedText Label, string Url, int Weight, SourceLocation UrlAt)
    {
        public MenuEntry For(string code) => new(Label.For(code), Url, Weight) { UrlAt = UrlAt };
    }

    public static IReadOnlyList<Written>? Read(FieldReader fields, IReadOnlyList<string> codes, DiagnosticBag diagnostics)
    {
        var present = fields.KeyLocation("menu") is not null;
        var entries = fields.ObjectList("menu", entry =>
        {
            var label = entry.Text("label", codes, required: true);
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
            return label is null || url is null ? null : new Written(label, url, weight, entry.ValueLocation("url"));
        });
        if (!present) return null;
        return entries.Select((e, i) => (e, i)).OrderBy(p => p.e.Weight).ThenBy(p => p.i).Select(p => p.e).ToList();
    }

    private static bool IsMenuUrl(string url) =>
        (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal))
        || (Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https" or "mailto");
}
