using System.Text;

namespace Generator.Output;

/// <summary>
/// Chinese and Japanese put no spaces between words, so the search index cannot split them into words. Instead every
/// run of Han, Hiragana or Katakana characters is cut into overlapping pairs of characters (bigrams: 训练数据 → 训练,
/// 练数, 数据) plus its last character on its own. A query is cut the same way, and a post matches when it has every
/// pair of the query: a two-character word such as 训练 is found exactly where it occurs, and a single character by
/// the pairs it starts (or the run it ends). templates/assets/search.js does the same with the query and the other fields.
/// </summary>
internal static class CjkTokens
{
    public static bool IsIndexed(char c) =>
        c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF' or >= '\u3040' and <= '\u30FF';

    public static bool Any(string text) => text.AsSpan().IndexOfAnyInRange('\u3040', '\uFAFF') >= 0 && text.Any(IsIndexed);

    /// <summary>The distinct tokens of every CJK run in <paramref name="text"/>, in order of first appearance.</summary>
    public static IReadOnlyList<string> Of(string text)
    {
        var tokens = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inRun = i < text.Length && IsIndexed(text[i]);
            if (inRun && start < 0) start = i;
            if (inRun || start < 0) continue;
            for (var j = start; j < i - 1; j++) Add(text.Substring(j, 2));
            Add(text[(i - 1)..i]);
            start = -1;
        }
        return tokens;

        void Add(string token)
        {
            if (seen.Add(token)) tokens.Add(token);
        }
    }

    /// <summary>The tokens as the index stores them: one string, space-separated; null when the text has no CJK.</summary>
    public static string? Joined(string text)
    {
        if (!Any(text)) return null;
        var builder = new StringBuilder();
        foreach (var token in Of(text)) builder.Append(builder.Length == 0 ? "" : " ").Append(token);
        return builder.ToString();
    }
}
