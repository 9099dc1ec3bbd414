namespace Generator.Rendering;

/// <summary>
/// Open Graph wants a locale as language_TERRITORY (<c>en_US</c>, <c>zh_CN</c>), not a language code: a code with a
/// region keeps it (<c>pt-br</c> → <c>pt_BR</c>, <c>zh-tw</c> → <c>zh_TW</c>), a bare code gets the territory Facebook
/// lists for it (<c>en</c> → <c>en_US</c>, <c>zh</c> → <c>zh_CN</c>, <c>ja</c> → <c>ja_JP</c>); a code it does not know
/// is its own territory (<c>fr</c> → <c>fr_FR</c>), as most languages are named after one.
/// </summary>
internal static class OgLocale
{
    private static readonly Dictionary<string, string> Territories = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = "US", ["zh"] = "CN", ["ja"] = "JP", ["ko"] = "KR", ["ar"] = "AR", ["cs"] = "CZ", ["da"] = "DK", ["el"] = "GR",
        ["he"] = "IL", ["hi"] = "IN", ["sv"] = "SE", ["uk"] = "UA", ["vi"] = "VN", ["fa"] = "IR", ["ms"] = "MY", ["nb"] = "NO",
        ["sr"] = "RS", ["sl"] = "SI", ["et"] = "EE", ["ca"] = "ES", ["eu"] = "ES", ["gl"] = "ES", ["bn"] = "IN", ["ur"] = "PK",
        ["sw"] = "KE", ["ka"] = "GE", ["hy"] = "AM", ["kk"] = "KZ", ["ta"] = "IN", ["te"] = "IN",
    };

    public static string Of(string languageCode)
    {
        var parts = languageCode.Split('-', '_');
        var language = parts[0].ToLowerInvariant();
        // zh-hans / zh-hant name a script, not a territory.
        if (parts.Length > 1 && parts[^1].Length == 2) return $"{language}_{parts[^1].ToUpperInvariant()}";
        if (parts.Length > 1 && parts[^1].Equals("hant", StringComparison.OrdinalIgnoreCase)) return $"{language}_TW";
        return $"{language}_{Territories.GetValueOrDefault(language, language.ToUpperInvariant())}";
    }
}
