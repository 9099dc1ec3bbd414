using System.Globalization;
using Generator.Markdown;

namespace Generator.Glossary;

/// <summary>
/// How the matcher compares characters. Folding maps one character to one character, so a position in folded text is
/// the same position in the original text and a match can be cut out of a Markdown literal without any bookkeeping.
/// </summary>
internal static class MatchText
{
    /// <summary>Case-folds and treats every kind of space alike, and typographic apostrophes as typewriter ones.</summary>
    public static char Fold(char c) => c switch
    {
        '’' or 'ʼ' => '\'',
        _ when char.IsWhiteSpace(c) => ' ',
        _ => char.ToLowerInvariant(c),
    };

    /// <summary>A term as the author wrote it, trimmed, with runs of spaces collapsed (they are one space in prose).</summary>
    public static string Normalize(string text)
    {
        if (IsNormal(text)) return text; // the usual case, without splitting and joining
        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    /// <summary>Words separated by single plain spaces, none at the ends.</summary>
    private static bool IsNormal(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsWhiteSpace(text[i])) continue;
            if (text[i] != ' ' || i == 0 || i == text.Length - 1 || text[i + 1] == ' ') return false;
        }
        return text.Length > 0;
    }

    public static string FoldAll(string text) => string.Create(text.Length, text, static (span, s) =>
    {
        for (var i = 0; i < s.Length; i++) span[i] = Fold(s[i]);
    });

    /// <summary>
    /// Scripts written without spaces between words (Chinese, Japanese, Korean, Thai…): a term in them matches as a
    /// substring, since there is no word boundary to look for; next to them, a Latin term needs no space either.
    /// </summary>
    public static bool IsUnspaced(char c) =>
        ReadingStats.IsCjk(c) || c is >= '\u0E00' and <= '\u0EFF' or >= '\u1000' and <= '\u109F' or >= '\u1780' and <= '\u17FF'
            or >= '\uFF66' and <= '\uFF9F';

    /// <summary>A character that would make a neighbouring match part of a longer word ("AI" in "AIR" or "said").</summary>
    public static bool IsWordCharacter(char c)
    {
        if (c == '_') return true;
        if (IsUnspaced(c)) return false;
        return char.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark;
    }

    /// <summary>
    /// Written all in capitals, like AI, GPU or GPT-5, or the plural of such a word (GPUs, LLMs): such a form means
    /// exactly that spelling.
    /// </summary>
    public static bool IsAllCapitals(string text)
    {
        var word = text.Length > 2 && text[^1] == 's' && char.IsUpper(text[^2]) && char.IsUpper(text[^3]) ? text[..^1] : text;
        return word.Any(char.IsUpper) && !word.Any(char.IsLower);
    }

    /// <summary>
    /// The simple English plural of the last word ("GPU" → "GPUs", "AI agent" → "AI agents", "bus" → "buses"), or null
    /// when the form does not end in a Latin-script letter (CJK terms have no plural) or is an all-capitals word ending
    /// in S ("AWS", "GPUs"), where an added s would be noise.
    /// </summary>
    public static string? Plural(string form)
    {
        if (form.Length == 0) return null;
        var last = form[^1];
        if (!char.IsLetter(last) || IsUnspaced(last) || last > '\u024F') return null;
        if (IsAllCapitals(LastWord(form))) return char.IsUpper(last) && last != 'S' ? form + "s" : null;
        var lower = form.ToLowerInvariant();
        var sibilant = lower.EndsWith('s') || lower.EndsWith('x') || lower.EndsWith('z') || lower.EndsWith("ch", StringComparison.Ordinal)
            || lower.EndsWith("sh", StringComparison.Ordinal);
        return form + (sibilant ? "es" : "s");
    }

    private static string LastWord(string form) => form[(form.LastIndexOf(' ') + 1)..];
}
