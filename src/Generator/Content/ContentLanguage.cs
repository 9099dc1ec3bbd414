namespace Generator.Content;

/// <summary>
/// The language of a post, page or glossary term, and the key that links it to its translations: <c>lang:</c> in the
/// front matter, else a file suffix naming one of the site's languages (<c>deal.zh.md</c>), else the default
/// language. <c>translation_key</c> defaults to the slug, so <c>deal.md</c> and <c>deal.zh.md</c> are translations.
/// Suffixes are recognised only on a site with <c>languages:</c>, so a single-language site's file names mean what
/// they always meant.
/// </summary>
internal sealed record ContentLanguage(string Lang, string? TranslationKey, SourceLocation? TranslationKeyAt, string SlugPath)
{
    public static ContentLanguage Read(FieldReader fields, SiteConfig? config, DiagnosticBag diagnostics)
    {
        var path = fields.Document.File.RelativePath;
        var lang = fields.String("lang");
        var key = fields.String("translation_key");
        var keyAt = key is null ? null : fields.ValueLocation("translation_key");
        var codes = config?.Languages.Select(l => l.Code).ToList() ?? [];
        var suffix = config is { IsMultilingual: true } ? SuffixOf(path, codes) : null;
        if (config is { IsMultilingual: true } && suffix is null && fields.KeyLocation("slug") is null
            && ForeignSuffix(path, codes) is { } foreign)
            diagnostics.Error(SourceLocation.FileStart(path), DiagnosticCodes.UnknownLanguage,
                $"the file name ends in '.{foreign}.md', a language the site does not have{LanguageHint(foreign, codes)}; "
                + $"the site's languages are {string.Join(", ", codes)} (site.yml). Rename the file, or set 'slug:' in the front matter if '.{foreign}' is part of its name");
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

    /// <summary>
    /// "deal.cn.md" → "cn": a last dotted part of the file name that looks like a language code (two or three letters,
    /// optionally a region or script: zh-tw, pt-BR, zh-Hans) but is none of the site's. Published silently it would be
    /// a post in the default language at /posts/deal-cn/. Dotted names that are no code (kimi-k2.6.md, gpt-4o.1.md)
    /// are ordinary slugs.
    /// </summary>
    public static string? ForeignSuffix(string path, IReadOnlyCollection<string> codes)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        var dot = name.LastIndexOf('.');
        if (dot <= 0) return null;
        var suffix = name[(dot + 1)..];
        var parts = suffix.Split('-');
        var looksLikeCode = parts.Length <= 2 && parts[0].Length is 2 or 3 && parts[0].All(char.IsAsciiLetter)
            && parts.Skip(1).All(p => p.Length is >= 2 and <= 4 && p.All(char.IsAsciiLetterOrDigit));
        return looksLikeCode && !codes.Contains(suffix) ? suffix : null;
    }

    /// <summary>Country codes and old tags people write for a language, by the language they mean.</summary>
    private static readonly Dictionary<string, string> CommonMistakes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["cn"] = "zh", ["chs"] = "zh", ["cht"] = "zh", ["tw"] = "zh", ["hk"] = "zh", ["jp"] = "ja", ["kr"] = "ko",
        ["gr"] = "el", ["cz"] = "cs", ["dk"] = "da", ["se"] = "sv", ["ua"] = "uk", ["br"] = "pt", ["us"] = "en", ["uk"] = "en",
    };

    /// <summary>" (did you mean .zh.md?)": the site's language the suffix most likely means.</summary>
    private static string LanguageHint(string suffix, IReadOnlyCollection<string> codes)
    {
        var primary = suffix.Split('-')[0];
        var meant = codes.FirstOrDefault(c => string.Equals(c.Split('-')[0], primary, StringComparison.OrdinalIgnoreCase))
            ?? (CommonMistakes.TryGetValue(primary, out var language) ? codes.FirstOrDefault(c => c.Split('-')[0] == language) : null)
            ?? codes.FirstOrDefault(c => DidYouMean.Distance(suffix.ToLowerInvariant(), c.ToLowerInvariant()) <= 1);
        return meant is null ? "" : $" (did you mean .{meant}.md?)";
    }

    /// <summary>"deal.zh.md" → "zh" when zh is one of the site's languages.</summary>
    public static string? SuffixOf(string path, IReadOnlyCollection<string> codes)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        var dot = name.LastIndexOf('.');
        return dot > 0 && codes.Contains(name[(dot + 1)..]) ? name[(dot + 1)..] : null;
    }
}
