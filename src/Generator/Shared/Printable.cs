using System.Text;

namespace Generator;

/// <summary>
/// Text from the site as a terminal or a CI log may show it. A file name may hold any character but '/' and NUL, so
/// printed as it is, <c>ESC ]0;…BEL</c> would retitle the author's window, <c>ESC [2J</c> clear it, and a newline
/// followed by <c>::error file=…::</c> would be read by GitHub Actions as a workflow command. Every diagnostic and log
/// line writes names (and messages quoting them) through <see cref="Of"/>: control characters, and the Unicode ones
/// that break lines or reorder text, become escapes (<c>\n</c>, <c>\r</c>, <c>\t</c>, <c>\x1B</c>, <c>\u202E</c>).
/// </summary>
internal static class Printable
{
    public static string Of(string text)
    {
        var first = text.AsSpan().IndexOfAny(Unprintable);
        if (first < 0) return text;
        var result = new StringBuilder(text.Length + 8).Append(text, 0, first);
        foreach (var c in text.AsSpan(first))
        {
            if (!Unprintable.Contains(c)) result.Append(c);
            else if (c == '\n') result.Append("\\n");
            else if (c == '\r') result.Append("\\r");
            else if (c == '\t') result.Append("\\t");
            else if (c <= '\u00FF') result.Append("\\x").Append(((int)c).ToString("X2"));
            else result.Append("\\u").Append(((int)c).ToString("X4"));
        }
        return result.ToString();
    }

    /// <summary>A message of several lines written by the tool itself: each line made safe, the line breaks kept.</summary>
    public static string Lines(string text) => string.Join('\n', text.Split('\n').Select(Of));

    /// <summary>C0 and C1 controls, DEL, the line and paragraph separators, and the bidirectional controls (which
    /// can make a name read as another, as in "Trojan Source").</summary>
    private static readonly System.Buffers.SearchValues<char> Unprintable = System.Buffers.SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x20).Select(i => (char)i)) + string.Concat(Enumerable.Range(0x7F, 0x21).Select(i => (char)i))
        + "\u061C\u200E\u200F\u2028\u2029\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069");
}
