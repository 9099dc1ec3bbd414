using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Generator.Content;

/// <summary>
/// Reads typed values out of one YAML mapping, reporting missing keys, wrong types and unknown keys at their
/// file positions. Every key that is read counts as known; <see cref="ReportUnknownKeys"/> flags the rest.
/// </summary>
internal sealed class FieldReader(FrontMatterDocument document, YamlMappingNode mapping, DiagnosticBag diagnostics)
{
    private readonly HashSet<string> known = new(StringComparer.Ordinal);

    public FrontMatterDocument Document => document;

    public SourceLocation Location => document.At(mapping);

    public SourceLocation? KeyLocation(string key) => Find(key) is { } pair ? document.At(pair.Key) : null;

    public SourceLocation ValueLocation(string key) => Find(key) is { } pair ? document.At(pair.Value) : Location;

    /// <summary>Where each entry of a list of strings is, its non-empty entries only, as <see cref="Items"/> reads them.</summary>
    public IReadOnlyList<SourceLocation> ItemLocations(string key) => Find(key)?.Value switch
    {
        YamlSequenceNode sequence => sequence.Children.Where(i => i is YamlScalarNode { Value: { } s } && s.Trim().Length > 0)
            .Select(document.At).ToList(),
        YamlScalarNode scalar => [document.At(scalar)],
        _ => [],
    };

    public string? String(string key, bool required = false)
    {
        var node = Node(key, required);
        if (node is null) return null;
        if (node is YamlScalarNode scalar)
        {
            var value = Text(scalar);
            if (string.IsNullOrEmpty(value) && required)
            {
                diagnostics.Error(document.At(node), DiagnosticCodes.MissingKey, $"'{key}' must not be empty");
                return null;
            }
            return value;
        }
        diagnostics.Error(document.At(node), DiagnosticCodes.WrongType, $"'{key}' must be a single value, not a {Describe(node)}");
        return null;
    }

    /// <summary>A URL written into an <c>href</c> or <c>src</c>; code-running schemes are errors (<see cref="UrlSafety"/>).</summary>
    public string? Url(string key, bool required = false)
    {
        var url = String(key, required);
        if (!UrlSafety.IsUnsafe(url)) return url;
        diagnostics.Error(ValueLocation(key), DiagnosticCodes.UnsafeUrl, $"'{key}': " + UrlSafety.Message(url!));
        return null;
    }

    public bool? Bool(string key)
    {
        if (Node(key, false) is not { } node) return null;
        if (node is YamlScalarNode { Value: { } v } && bool.TryParse(v, out var b)) return b;
        diagnostics.Error(document.At(node), DiagnosticCodes.WrongType, $"'{key}' must be true or false");
        return null;
    }

    public DateTimeOffset? Date(string key, bool required = false)
    {
        if (Node(key, required) is not { } node) return null;
        if (node is YamlScalarNode { Value: { } text } && DateParser.TryParse(text.Trim(), out var date)) return date;
        diagnostics.Error(document.At(node), DiagnosticCodes.InvalidDate,
            $"'{key}' is not a date: use 2026-04-22 or ISO 8601 such as 2026-04-22T09:30:00+02:00");
        return null;
    }

    /// <summary>A list of strings with the position of each entry. A single string is an error with a hint, since
    /// <c>tags: "AI, Chips"</c> would otherwise silently become one tag.</summary>
    public IReadOnlyList<(string Value, SourceLocation At)> Items(string key)
    {
        if (Node(key, false) is not { } node) return [];
        if (node is YamlScalarNode single)
        {
            var parts = (Text(single) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            diagnostics.Error(document.At(node), DiagnosticCodes.WrongType,
                $"'{key}' must be a list, not a single string: write {key}: [{string.Join(", ", parts.Select(p => $"\"{p}\""))}]");
            return [];
        }
        if (node is not YamlSequenceNode sequence)
        {
            diagnostics.Error(document.At(node), DiagnosticCodes.WrongType, $"'{key}' must be a list of strings");
            return [];
        }
        var result = new List<(string, SourceLocation)>(sequence.Children.Count);
        foreach (var item in sequence.Children)
        {
            if (item is YamlScalarNode scalar && Text(scalar) is { Length: > 0 } s) result.Add((s, document.At(item)));
            else diagnostics.Error(document.At(item), DiagnosticCodes.WrongType, $"each entry of '{key}' must be a non-empty string");
        }
        return result;
    }

    /// <summary>YAML's null (<c>~</c>, <c>null</c>, nothing) means "not set", never the word "null".</summary>
    public static bool IsNull(YamlScalarNode scalar) =>
        scalar.Tag == "tag:yaml.org,2002:null" || (scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && scalar.Value is null or "" or "~" or "null" or "Null" or "NULL");

    /// <summary>A scalar's text, trimmed and in Unicode NFC, so "Café" typed two ways is one tag; null for YAML null.</summary>
    private static string? Text(YamlScalarNode scalar) => IsNull(scalar) ? null : (scalar.Value?.Trim() is { } value ? Nfc.Normalize(value) : null);

    /// <summary>A list of mappings (sources, faq, authors), each read by its own reader.</summary>
    public IReadOnlyList<T> ObjectList<T>(string key, Func<FieldReader, T?> read) where T : class
    {
        if (Node(key, false) is not { } node) return [];
        if (node is not YamlSequenceNode sequence)
        {
            diagnostics.Error(document.At(node), DiagnosticCodes.WrongType, $"'{key}' must be a list");
            return [];
        }
        var result = new List<T>();
        foreach (var item in sequence.Children)
        {
            if (Object(item, key, read) is { } value) result.Add(value);
        }
        return result;
    }

    /// <summary>The open <c>params:</c> map: any keys, any YAML values, for the theme to show.</summary>
    public ParamMap Params(string key = "params")
    {
        if (Node(key, false) is not { } node) return ParamMap.Empty;
        if (node is YamlMappingNode mapping) return ParamMap.From(mapping, document, diagnostics);
        diagnostics.Error(document.At(node), DiagnosticCodes.WrongType,
            $"'{key}' must be a mapping of your own fields, one 'name: value' per indented line below '{key}:'");
        return ParamMap.Empty;
    }

    public T? Object<T>(string key, Func<FieldReader, T?> read) where T : class =>
        Node(key, false) is { } node ? Object(node, key, read) : null;

    private T? Object<T>(YamlNode node, string key, Func<FieldReader, T?> read) where T : class
    {
        if (node is not YamlMappingNode child)
        {
            diagnostics.Error(document.At(node), DiagnosticCodes.WrongType, $"entries of '{key}' must be mappings of keys to values");
            return null;
        }
        var reader = new FieldReader(document, child, diagnostics);
        var value = read(reader);
        reader.ReportUnknownKeys();
        return value;
    }

    /// <summary>Warns about keys nobody read, suggesting the closest known key.</summary>
    public void ReportUnknownKeys()
    {
        foreach (var (keyNode, _) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (known.Contains(key)) continue;
            diagnostics.Warning(document.At(keyNode), DiagnosticCodes.UnknownKey, $"unknown key '{key}'{DidYouMean.Hint(key, known)}");
        }
    }

    /// <summary>
    /// A text that may differ per language: one string, or a mapping of language code to string. Codes that are not
    /// among <paramref name="codes"/> are errors; a missing code falls back to <paramref name="codes"/>[0]'s text.
    /// </summary>
    public LocalizedText? Text(string key, IReadOnlyList<string> codes, bool required = false)
    {
        if (Find(key) is not { Value: YamlMappingNode map })
            return String(key, required) is { } single ? LocalizedText.Of(single) : null;
        known.Add(key);
        var byLanguage = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (codeNode, valueNode) in map.Children)
        {
            var code = (codeNode as YamlScalarNode)?.Value ?? "";
            if (!codes.Contains(code))
                diagnostics.Error(document.At(codeNode), DiagnosticCodes.UnknownLanguage,
                    $"'{key}' has a text for '{code}', which is not one of the site's languages ({string.Join(", ", codes)})");
            else if (valueNode is YamlScalarNode { Value: { } text }) byLanguage[code] = text.Trim();
            else diagnostics.Error(document.At(valueNode), DiagnosticCodes.WrongType, $"the '{code}' text of '{key}' must be a single value");
        }
        if (byLanguage.Count == 0) return null;
        return new LocalizedText(byLanguage.GetValueOrDefault(codes[0]) ?? byLanguage.Values.First(), byLanguage);
    }

    private YamlNode? Node(string key, bool required)
    {
        known.Add(key);
        var pair = Find(key);
        if (pair is { Value: YamlScalarNode scalar } && IsNull(scalar))
            pair = null; // `key:`, `key: ~` and `key: null` mean "not set"
        if (pair is null && required)
            diagnostics.Error(Location, DiagnosticCodes.MissingKey, $"missing required key '{key}'");
        return pair?.Value;
    }

    private KeyValuePair<YamlNode, YamlNode>? Find(string key)
    {
        foreach (var pair in mapping.Children)
            if (pair.Key is YamlScalarNode { Value: var k } && k == key) return pair;
        return null;
    }

    private static string Describe(YamlNode node) => node switch
    {
        YamlSequenceNode => "list",
        YamlMappingNode => "mapping",
        _ => "value",
    };
}

internal static class DateParser
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd", "yyyy-MM-ddTHH:mm:ssK", "yyyy-MM-ddTHH:mmK", "yyyy-MM-ddTHH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm",
    ];

    /// <summary>Dates without an offset are taken as UTC, so a build gives the same result on every machine.</summary>
    public static bool TryParse(string text, out DateTimeOffset date) =>
        DateTimeOffset.TryParseExact(text, Formats, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out date);
}
