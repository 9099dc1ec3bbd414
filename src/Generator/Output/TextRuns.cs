using System.Globalization;
using SkiaSharp;

namespace Generator.Output;

/// <summary>
/// Measures and draws a line of text in runs of one typeface each (<see cref="GlyphCoverage"/>: the shipped Latin face
/// where it has the glyph, else the shipped CJK face, else the machine's CJK font). Skia draws no fallback by itself
/// without a font manager. A regular-weight machine font is emboldened, so every face of a card is bold.
/// </summary>
internal sealed class TextRuns(CardFonts fonts) : IDisposable
{
    private readonly GlyphCoverage coverage = new(fonts);
    private readonly SKPaint paint = new() { IsAntialias = true };

    /// <summary>Fonts by face and size, kept for the painter's life: a card measures its headline at up to nine
    /// sizes, word by word, and every card uses the same few sizes.</summary>
    private readonly Dictionary<(CardFace, float), SKFont> sized = [];

    public float Measure(string text, float size) => Runs(text).Sum(r => Font(r.Face, size).MeasureText(r.Text));

    public void Draw(SKCanvas canvas, string text, float x, float y, float size, SKColor colour)
    {
        paint.Color = colour;
        foreach (var (face, run) in Runs(text))
        {
            var font = Font(face, size);
            canvas.DrawText(run, x, y, SKTextAlign.Left, font, paint);
            x += font.MeasureText(run);
        }
    }

    private SKFont Font(CardFace face, float size)
    {
        if (!sized.TryGetValue((face, size), out var font))
        {
            var typeface = face switch { CardFace.Cjk => fonts.Cjk, CardFace.System => fonts.System!, _ => fonts.Latin };
            sized[(face, size)] = font = new SKFont(typeface, size)
            {
                Edging = SKFontEdging.Antialias, Subpixel = true, Embolden = face == CardFace.System && fonts.SystemNeedsEmbolden,
            };
        }
        return font;
    }

    /// <summary>Runs of one face; a character no font has goes with the Latin face (the build reports it before any
    /// card is drawn, GEN035).</summary>
    private IEnumerable<(CardFace Face, string Text)> Runs(string text)
    {
        CardFace? current = null;
        var run = new System.Text.StringBuilder();
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            var element = (string)elements.Current;
            var face = coverage.FaceFor(System.Text.Rune.GetRuneAt(element, 0).Value) switch { CardFace.None => CardFace.Latin, var f => f };
            if (current is { } c && face != c && run.Length > 0)
            {
                yield return (c, run.ToString());
                run.Clear();
            }
            current = face;
            run.Append(element);
        }
        if (current is { } last && run.Length > 0) yield return (last, run.ToString());
    }

    public void Dispose()
    {
        foreach (var font in sized.Values) font.Dispose();
        paint.Dispose();
        coverage.Dispose();
    }
}
