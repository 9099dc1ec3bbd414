namespace Generator.Content;

/// <summary>
/// One language of the site. The first of <c>languages:</c> is the default and lives at the site root; the others
/// live under <see cref="Prefix"/> ("zh/" for /zh/, or the language's own <c>base_path</c>).
/// </summary>
internal sealed record SiteLanguage(string Code, string Name, string Prefix)
{
    public bool IsDefault => Prefix.Length == 0;
}

/// <summary>
/// A text of site.yml that may differ per language: either one string, or a mapping of language code to string
/// (<c>name: { en: "Tech Frontline", zh: "科技前沿" }</c>). A language the mapping leaves out gets the default
/// language's text (or, failing that, the first one written).
/// </summary>
internal sealed record LocalizedText(string Text, IReadOnlyDictionary<string, string> ByLanguage)
{
    public static LocalizedText Of(string text) => new(text, new Dictionary<string, string>());

    public string For(string code) => ByLanguage.TryGetValue(code, out var text) ? text : Text;
}

/// <summary>Reads <c>languages:</c> of site.yml: a list of <c>code</c>, <c>name</c> and optional <c>base_path</c>.</summary>
internal static class LanguagesReader
{
    public static IReadOnlyList<SiteLanguage>? Read(FieldReader fields, DiagnosticBag diagnostics)
    {
        if (fields.KeyLocation("languages") is null) return null;
        var first = true;
        var languages = fields.ObjectList("languages", entry =>
        {
            var isDefault = first;
            first = false;
            var code = entry.String("code", required: true);
            var name = entry.String("name", required: true);
            var basePath = entry.String("base_path");
            if (code is null || name is null) return null;
            if (!IsLanguageCode(code))
            {
                diagnostics.Error(entry.ValueLocation("code"), DiagnosticCodes.SiteConfig,
                    $"language code '{code}' must be a language tag such as en, zh or pt-BR");
                return null;
            }
            var prefix = basePath is null ? (isDefault ? "" : code.ToLowerInvariant()) : basePath.Trim('/');
            if (isDefault && prefix.Length > 0)
            {
                diagnostics.Error(entry.ValueLocation("base_path"), DiagnosticCodes.SiteConfig,
                    $"the first language ('{code}') is the default and lives at the site root; remove its base_path or list another language first");
                return null;
            }
            if (!isDefault && (!Slug.IsValidSegment(prefix) || Slug.IsTooLong(prefix) || ContentRules.ReservedPageSlugs.Contains(prefix)))
            {
                diagnostics.Error(entry.ValueLocation(basePath is null ? "code" : "base_path"), DiagnosticCodes.SiteConfig,
                    $"'{prefix}' cannot be the folder of language '{code}': it must be one URL segment and not one of the site's own sections");
                return null;
            }
            return new SiteLanguage(code, name, prefix.Length == 0 ? "" : prefix + "/");
        });
        foreach (var group in languages.GroupBy(l => l.Code, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
            diagnostics.Error(fields.ValueLocation("languages"), DiagnosticCodes.SiteConfig, $"language '{group.Key}' is listed more than once");
        foreach (var group in languages.GroupBy(l => l.Prefix, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
            diagnostics.Error(fields.ValueLocation("languages"), DiagnosticCodes.SiteConfig,
                $"languages {string.Join(" and ", group.Select(l => $"'{l.Code}'"))} share the folder '/{group.Key}'");
        if (languages.Count == 0)
            diagnostics.Error(fields.ValueLocation("languages"), DiagnosticCodes.SiteConfig, "'languages' must list at least one language");
        return languages;
    }

    /// <summary>A BCP 47-like tag: two or three letters, then optional subtags (zh, en, pt-BR, zh-Hans).</summary>
    public static bool IsLanguageCode(string code)
    {
        var parts = code.Split('-');
        return parts[0].Length is 2 or 3 && parts[0].All(char.IsAsciiLetterLower)
            && parts.Skip(1).All(p => p.Length is >= 2 and <= 8 && p.All(char.IsAsciiLetterOrDigit));
    }
}
