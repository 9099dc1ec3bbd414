using System.Collections;
using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Generator.Content;

/// <summary>
/// A <c>params:</c> map from front matter or site.yml: the author's own fields, which the theme shows as
/// <c>post.params.series</c> without a code change (Hugo's <c>.Params</c>). Values are strings, whole numbers
/// (long), decimals (double), booleans, null, lists (object?[]) and nested maps. Keys keep their spelling. Read-only.
/// </summary>
internal sealed class ParamMap : IReadOnlyDictionary<string, object?>
{
    /// <summary>Deep enough for any real data, shallow enough that a hostile file cannot exhaust the stack.</summary>
    public const int MaxDepth = 32;

    public static readonly ParamMap Empty = new(new Dictionary<string, object?>(StringComparer.Ordinal));

    private readonly Dictionary<string, object?> values;

    private ParamMap(Dictionary<string, object?> values) => this.values = values;

    public object? this[string key] => values[key];

    public IEnumerable<string> Keys => values.Keys;

    public IEnumerable<object?> Values => values.Values;

    public int Count => values.Count;

    public bool ContainsKey(string key) => values.ContainsKey(key);

    public bool TryGetValue(string key, out object? value) => values.TryGetValue(key, out value);

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => values.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>A map of given values (tests, and code that makes params rather than reading them).</summary>
    public static ParamMap Of(IEnumerable<KeyValuePair<string, object?>> values) =>
        new(new Dictionary<string, object?>(values, StringComparer.Ordinal));

    /// <summary>Converts a YAML mapping; problems (too deep, a non-scalar key) are reported at their position.</summary>
    public static ParamMap From(YamlMappingNode mapping, FrontMatterDocument document, DiagnosticBag diagnostics) =>
        Map(mapping, document, diagnostics, 1);

    private static ParamMap Map(YamlMappingNode mapping, FrontMatterDocument document, DiagnosticBag diagnostics, int depth)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { Length: > 0 } key })
            {
                diagnostics.Error(document.At(keyNode), DiagnosticCodes.WrongType, "keys of 'params' must be plain names");
                continue;
            }
            result[key] = Value(valueNode, document, diagnostics, depth);
        }
        return new ParamMap(result);
    }

    private static object? Value(YamlNode node, FrontMatterDocument document, DiagnosticBag diagnostics, int depth)
    {
        if (depth > MaxDepth && node is not YamlScalarNode)
        {
            diagnostics.Error(document.At(node), DiagnosticCodes.WrongType, $"'params' is nested more than {MaxDepth} levels deep");
            return null;
        }
        return node switch
        {
            YamlScalarNode scalar => Scalar(scalar),
            YamlSequenceNode sequence => sequence.Children.Select(c => Value(c, document, diagnostics, depth + 1)).ToArray(),
            YamlMappingNode map => Map(map, document, diagnostics, depth + 1),
            _ => null,
        };
    }

    /// <summary>YAML's core schema for plain scalars; quoted scalars are always strings.</summary>
    private static object? Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? "";
        if (scalar.Style != ScalarStyle.Plain) return text;
        if (text is "" or "~" or "null" or "Null" or "NULL") return null;
        if (text is "true" or "True" or "TRUE") return true;
        if (text is "false" or "False" or "FALSE") return false;
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole)) return whole;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number)) return number;
        return text;
    }
}
