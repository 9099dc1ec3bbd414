using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Generator.Markdown;

/// <summary>Word count and reading time from the syntax tree (so markup and URLs are not counted as words).</summary>
internal readonly record struct ReadingStats(int Words, int CjkCharacters)
{
    public const int WordsPerMinute = 230;
    public const int CjkCharactersPerMinute = 500;

    public int Minutes => Math.Max(1, (int)Math.Round(Words / (double)WordsPerMinute + CjkCharacters / (double)CjkCharactersPerMinute,
        MidpointRounding.AwayFromZero));

    public static ReadingStats Of(MarkdownDocument document)
    {
        var words = 0;
        var cjk = 0;
        foreach (var inline in document.Descendants<Inline>())
        {
            var text = inline switch
            {
                LiteralInline literal => literal.Content.AsSpan(),
                CodeInline code => code.ContentSpan,
                _ => default,
            };
            Count(text, ref words, ref cjk);
        }
        foreach (var code in document.Descendants<CodeBlock>())
        {
            foreach (var line in code.Lines.Lines.AsSpan(0, code.Lines.Count))
                Count(line.Slice.AsSpan(), ref words, ref cjk);
        }
        return new ReadingStats(words, cjk);
    }

    private static void Count(ReadOnlySpan<char> text, ref int words, ref int cjk)
    {
        var inWord = false;
        foreach (var c in text)
        {
            if (IsCjk(c))
            {
                cjk++;
                inWord = false;
            }
            else if (char.IsWhiteSpace(c) || (char.IsPunctuation(c) && c is not ('\'' or '-' or '’')))
            {
                inWord = false;
            }
            else if (!inWord)
            {
                words++;
                inWord = true;
            }
        }
    }

    /// <summary>Han, Hiragana, Katakana and Hangul: scripts read character by character.</summary>
    public static bool IsCjk(char c) =>
        c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\u3040' and <= '\u30FF'
            or >= '\uAC00' and <= '\uD7AF' or >= '\uF900' and <= '\uFAFF';
}
