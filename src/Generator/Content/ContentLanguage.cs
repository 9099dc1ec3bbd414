namespace Generator.Content;

/// <summary>
/// The language of a post, page or glossary term, and the key that links it to its translations: <c>lang:</c> in the
/// front matter, else a file suffix naming one of the site's languages (<c>deal.zh.md</c>), else the default
/// language. <c>translation_key</c> defaults to the slug, so <c>deal.md</c> and <c>deal.zh.md</c> are translations.
/// Suffixes are recognised only on a site with <c>languages:</c>, so a single-language site's file names mean what
/// they always meant.
/// </summary>
public sealed record ContentLanguage(string Lang, string? TranslationKey, SourceLocation? TranslationKeyAt, string SlugPath)
{
    public static ContentLanguage Read(FieldReader fields, SiteConfig? config, DiagnosticBag diagnostics)
    {
        var path = fields.Document.File.RelativePath;
        var lang = fields.String("lang");
        var key = fields.String("translation_key");
        var keyAt = key is null ? null : fields.ValueLocation("translation_key");
        var codes = config?.Languages.Select(l => l.Code).ToList() ?? [];
        var suffix = config is { IsMultilingual: true } ? SuffixOf(path, codes) : null;
        var slugPath = suffix is null ? path : path[..^(suffix.Length + 4)] + ".md";
        var fallback = suffix ?? config?.Language ?? "";
        if (lang is not null && config is not null && !codes.Contains(lang, StringComparer.Ordinal))
        {
            diagnostics.Error(fields.ValueLocation("lang"), DiagnosticCodes.UnknownLanguage,
                $"unknown language '{lang}'{DidYouMean.Hint(lang, codes)}; the site's languages are listed in site.yml ({string.Join(", ", codes)})");
            lang = null;
        }
        else if (lang is not null && suffix is not null && lang != suffix)
        {
            diagnostics.Error(fields.ValueLocation("lang"), DiagnosticCodes.UnknownLanguage,
                $"'lang: {lang}' contradicts the file name's '.{suffix}.md'; keep one of them");
        }
        return new ContentLanguage(lang ?? fallback, key, keyAt, slugPath);
    }

    /// <summary>"deal.zh.md" → "zh" when zh is one of the site's languages.</summary>
    public static string? SuffixOf(string path, IReadOnlyCollection<string> codes)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        var dot = name.LastIndexOf('.');
        return dot > 0 && codes.Contains(name[(dot + 1)..]) ? name[(dot + 1)..] : null;
    }
}
