using System.Globalization;
using System.Text;

namespace Generator.Content;

/// <summary>
/// URL slugs: lower case, letters and digits of every script kept, apostrophes dropped, any other run of characters
/// one '-'.
/// </summary>
internal static class Slug
{
    public static string From(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingDash = false;
        foreach (var rune in text.EnumerateRunes())
        {
            // An apostrophe sits inside a word ("Moonshot's"), so it is dropped rather than splitting the word in two.
            if (rune.Value is '\'' or '\u2019') continue;
            if (IsKept(rune))
            {
                if (pendingDash && builder.Length > 0) builder.Append('-');
                pendingDash = false;
                builder.Append(Rune.ToLowerInvariant(rune).ToString());
            }
            else
            {
                pendingDash = true;
            }
        }
        return builder.ToString();
    }

    /// <summary>
    /// The longest slug, in UTF-8 bytes. File systems allow 255 bytes per name; a longer slug, tag or id would fail
    /// only when the page is written, so it is refused where it is written instead.
    /// </summary>
    public const int MaxBytes = 200;

    public static bool IsTooLong(string slug) => System.Text.Encoding.UTF8.GetByteCount(slug) > MaxBytes;

    /// <summary>Slugs <c>new post</c> derives from a title are cut to this many characters, at a word boundary: a
    /// headline may be long, its URL should not be.</summary>
    public const int GeneratedMaxChars = 80;

    public static string Shorten(string slug)
    {
        if (slug.Length <= GeneratedMaxChars && !IsTooLong(slug)) return slug;
        var cut = slug[..GeneratedMaxChars];
        var hyphen = cut.LastIndexOf('-');
        cut = hyphen > GeneratedMaxChars / 2 ? cut[..hyphen] : cut.TrimEnd('-');
        while (IsTooLong(cut)) cut = cut[..^1].TrimEnd('-');
        return cut;
    }

    public static string TooLongMessage(string what, string slug) =>
        $"{what} '{slug[..Math.Min(slug.Length, 40)]}…' makes a URL segment of {System.Text.Encoding.UTF8.GetByteCount(slug)} bytes; the limit is {MaxBytes}: shorten it";

    /// <summary>A slug an author wrote must be one safe path segment.</summary>
    public static bool IsValidSegment(string slug) =>
        slug.Length > 0 && slug != "." && slug != ".." && !slug.StartsWith('.')
        && slug.All(c => !char.IsControl(c) && c is not ('/' or '\\' or '?' or '#' or '%' or ' ' or ':' or '"' or '<' or '>' or '|' or '*'));

    /// <summary>The file name without extension and without a leading yyyy-mm-dd- date.</summary>
    public static string FromFileName(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        if (name.Length > 11 && name[10] == '-' && DateOnly.TryParseExact(name[..10], "yyyy-MM-dd", out _)) name = name[11..];
        return From(name);
    }

    private static bool IsKept(Rune rune) => Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark => true,
        _ => false,
    };
}
