using System.Globalization;
using System.Text;

namespace Generator.Output;

/// <summary>The lines of a wrapped text, and whether all of it fitted (else the last line ends in an ellipsis).</summary>
internal sealed record WrappedText(IReadOnlyList<string> Lines, bool Fits);

/// <summary>
/// Greedy line breaking for card headlines: breaks at spaces, and between any two CJK characters (those scripts do not
/// mark words with spaces); a word longer than a line is cut where it must be. It stops one line past
/// <c>maxLines</c> (all it needs to know that the text does not fit), so its work grows with what fits on a card,
/// not with the text: cutting a 25,000-character word into every line it would fill took 14.5 s.
/// </summary>
internal static class LineBreaker
{
    public static WrappedText Wrap(string text, int maxLines, float width, Func<string, float> measure)
    {
        if (maxLines < 1) maxLines = 1;
        var lines = new List<string>();
        var current = new StringBuilder();
        foreach (var token in Tokens(text.Trim()))
        {
            if (lines.Count > maxLines) break;
            var candidate = current.Length == 0 ? token.TrimStart() : current + token;
            if (measure(candidate) <= width || current.Length == 0 && !TooLong(token.TrimStart(), width, measure))
            {
                current.Clear().Append(candidate);
                continue;
            }
            if (current.Length > 0) lines.Add(current.ToString().TrimEnd());
            current.Clear().Append(token.TrimStart());
            while (lines.Count <= maxLines && measure(current.ToString()) > width) lines.Add(CutToWidth(current, width, measure));
        }
        if (current.Length > 0) lines.Add(current.ToString().TrimEnd());
        if (lines.Count <= maxLines) return new WrappedText(lines, true);
        var kept = lines.Take(maxLines).ToList();
        kept[^1] = Ellipsis(kept[^1], width, measure);
        return new WrappedText(kept, false);
    }

    private static bool TooLong(string token, float width, Func<string, float> measure) => measure(token) > width;

    /// <summary>Removes and returns the longest start of <paramref name="text"/> that fits (at least one character).</summary>
    private static string CutToWidth(StringBuilder text, float width, Func<string, float> measure)
    {
        var elements = StringInfo.GetTextElementEnumerator(text.ToString());
        var line = new StringBuilder();
        while (elements.MoveNext())
        {
            var next = line + (string)elements.Current;
            if (line.Length > 0 && measure(next) > width) break;
            line.Clear().Append(next);
        }
        text.Remove(0, line.Length);
        return line.ToString();
    }

    private static string Ellipsis(string line, float width, Func<string, float> measure)
    {
        var text = line.TrimEnd();
        while (text.Length > 0 && measure(text + "…") > width) text = text[..^1].TrimEnd();
        return text + "…";
    }

    /// <summary>Words with their leading space; each CJK character is a token of its own.</summary>
    private static IEnumerable<string> Tokens(string text)
    {
        var token = new StringBuilder();
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            var element = (string)elements.Current;
            if (element == " " || CardFonts.NeedsCjk(element))
            {
                if (token.Length > 0 && token.ToString() != " ") { yield return token.ToString(); token.Clear(); }
                if (element != " ") { yield return token + element; token.Clear(); continue; }
            }
            token.Append(element);
        }
        if (token.Length > 0) yield return token.ToString();
    }
}
