using System.Globalization;

namespace Generator.Content;

/// <summary>
/// Finds the escape YamlDotNet could not read in a double-quoted value, and says what is wrong with it, at its own
/// line and column: YamlDotNet reports every escape problem at the value's opening quote, as "found invalid Unicode
/// surrogates" or "found unknown escape character", which the unclosed-quote hint used to read as a missing quote.
/// </summary>
internal static class YamlEscapes
{
    /// <summary>Single-character escapes of YAML's double-quoted style; <c>x</c>, <c>u</c> and <c>U</c> take hex digits.</summary>
    private const string Simple = "0abt\tnvfre \"/\\N_LP\n\r";

    /// <summary>The first bad escape of the double-quoted value at or after (<paramref name="line"/>,
    /// <paramref name="column"/>), 1-based YAML positions; null when none is found there.</summary>
    public static YamlProblem? FirstProblem(string yaml, int line, int column)
    {
        var start = IndexOf(yaml, line, column);
        var quote = start < 0 ? -1 : yaml.IndexOf('"', start);
        if (quote < 0) return null;
        for (var i = quote + 1; i < yaml.Length; i++)
        {
            if (yaml[i] == '"') return null;
            if (yaml[i] != '\\' || i + 1 >= yaml.Length) continue;
            var kind = yaml[i + 1];
            var digits = kind switch { 'x' => 2, 'u' => 4, 'U' => 8, _ => 0 };
            if (digits == 0)
            {
                if (!Simple.Contains(kind)) return At(yaml, i, $"'\\{kind}' is not an escape YAML knows (inside double quotes a backslash starts one); "
                    + "write '\\\\' for a backslash, or put the value in single quotes, which have no escapes");
                i++;
                continue;
            }
            var hex = yaml.Length >= i + 2 + digits ? yaml.Substring(i + 2, digits) : "";
            if (!uint.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code) || hex.Length != digits)
                return At(yaml, i, $"'\\{kind}' must be followed by {digits} hex digits");
            var escape = $"\\{kind}{hex}";
            if (code is >= 0xD800 and <= 0xDBFF && kind == 'u' && LowSurrogateAt(yaml, i + 6))
            {
                i += 11; // a pair written as two escapes, as JSON writes characters beyond U+FFFF: one character
                continue;
            }
            if (code is >= 0xD800 and <= 0xDFFF)
                return At(yaml, i, $"'{escape}' is {(code <= 0xDBFF ? "the first" : "the second")} half of a UTF-16 surrogate pair without "
                    + $"its other half, so it is no character; write the character itself, or its code point as \\U and eight hex digits (\\U0001F600 for 😀)");
            if (code > 0x10FFFF) return At(yaml, i, $"'{escape}' is past the last Unicode character, U+10FFFF");
            i += 1 + digits;
        }
        return null;
    }

    private static bool LowSurrogateAt(string yaml, int i) =>
        yaml.Length >= i + 6 && yaml[i] == '\\' && yaml[i + 1] == 'u'
        && uint.TryParse(yaml.AsSpan(i + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var low) && low is >= 0xDC00 and <= 0xDFFF;

    private static YamlProblem At(string yaml, int index, string message)
    {
        var line = 1 + yaml.AsSpan(0, index).Count('\n');
        var lineStart = yaml.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;
        if (index == 0) lineStart = 0;
        return new YamlProblem(line, index - lineStart + 1, "malformed YAML: " + message);
    }

    private static int IndexOf(string yaml, int line, int column)
    {
        var index = 0;
        for (var l = 1; l < line; l++)
        {
            index = yaml.IndexOf('\n', index);
            if (index < 0) return -1;
            index++;
        }
        return Math.Min(yaml.Length, index + Math.Max(0, column - 1));
    }
}
