using System.Globalization;
using System.Text;
using SkiaSharp;

namespace Generator.Output;

/// <summary>Which of the card fonts draws a character: the shipped Latin face first, then the shipped CJK face, then
/// the machine's CJK font; <see cref="CardFace.None"/> when none has it. One per thread (it keeps Skia fonts).</summary>
internal sealed class GlyphCoverage(CardFonts fonts) : IDisposable
{
    private readonly SKFont latin = new(fonts.Latin);
    private readonly SKFont cjk = new(fonts.Cjk);
    private SKFont? system;
    private readonly Dictionary<int, CardFace> known = [];

    public CardFace FaceFor(int rune)
    {
        if (known.TryGetValue(rune, out var face)) return face;
        face = Ignorable(rune) || latin.ContainsGlyph(rune) ? CardFace.Latin
            : cjk.ContainsGlyph(rune) ? CardFace.Cjk
            : SystemFont() is { } s && s.ContainsGlyph(rune) ? CardFace.System
            : CardFace.None;
        return known[rune] = face;
    }

    /// <summary>The characters of <paramref name="text"/> that no font has, each once, in order.</summary>
    public IReadOnlyList<Rune> Missing(string text) =>
        [.. text.EnumerateRunes().Where(r => FaceFor(r.Value) == CardFace.None).Distinct()];

    public bool UsesSystem(string text) => text.EnumerateRunes().Any(r => FaceFor(r.Value) == CardFace.System);

    /// <summary>True when the shipped Latin face draws every character (printable ASCII is in it): no font is needed
    /// to know, so a warm build of an English site loads none.</summary>
    public static bool IsPlainAscii(string text) => text.All(c => c is >= ' ' and <= '~');

    /// <summary>Characters drawn as nothing, whatever the font: spaces, joiners, variation selectors.</summary>
    private static bool Ignorable(int rune) => rune is >= 0xFE00 and <= 0xFE0F or >= 0xE0100 and <= 0xE01EF
        || Rune.IsWhiteSpace(new Rune(rune)) || Rune.GetUnicodeCategory(new Rune(rune)) is UnicodeCategory.Format or UnicodeCategory.Control;

    private SKFont? SystemFont() => system ??= fonts.System is { } face ? new SKFont(face) : null;

    /// <summary>How a character is named in a message: 'X' (U+XXXX).</summary>
    public static string Describe(Rune rune) => $"'{rune}' (U+{rune.Value:X4})";

    public void Dispose()
    {
        latin.Dispose();
        cjk.Dispose();
        system?.Dispose();
    }
}

internal enum CardFace { Latin, Cjk, System, None }
