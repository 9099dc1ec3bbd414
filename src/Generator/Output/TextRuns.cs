using System.Globalization;
using SkiaSharp;

namespace Generator.Output;

/// <summary>
/// Measures and draws a line of text in runs of one typeface each: the shipped Latin font where it has the glyph,
/// else the CJK fallback. Skia draws no fallback by itself without a font manager.
/// </summary>
public sealed class TextRuns(CardFonts fonts) : IDisposable
{
    private readonly SKFont latinProbe = new(fonts.Latin);
    private readonly SKFont? cjkProbe = fonts.Cjk is { } cjk ? new SKFont(cjk) : null;
    private readonly SKPaint paint = new() { IsAntialias = true };

    /// <summary>Fonts by typeface and size, kept for the painter's life: a card measures its headline at up to nine
    /// sizes, word by word, and every card uses the same few sizes.</summary>
    private readonly Dictionary<(SKTypeface, float), SKFont> sized = [];

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

    private SKFont Font(SKTypeface face, float size)
    {
        if (!sized.TryGetValue((face, size), out var font))
            sized[(face, size)] = font = new SKFont(face, size) { Edging = SKFontEdging.Antialias, Subpixel = true };
        return font;
    }

    private IEnumerable<(SKTypeface Face, string Text)> Runs(string text)
    {
        SKTypeface? current = null;
        var run = new System.Text.StringBuilder();
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            var element = (string)elements.Current;
            var face = FaceFor(element);
            if (current is not null && face != current && run.Length > 0)
            {
                yield return (current, run.ToString());
                run.Clear();
            }
            current = face;
            run.Append(element);
        }
        if (current is not null && run.Length > 0) yield return (current, run.ToString());
    }

    private SKTypeface FaceFor(string element)
    {
        var rune = System.Text.Rune.GetRuneAt(element, 0).Value;
        if (latinProbe.ContainsGlyph(rune) || char.IsWhiteSpace(element[0])) return fonts.Latin;
        return cjkProbe is not null && cjkProbe.ContainsGlyph(rune) ? fonts.Cjk! : fonts.Latin;
    }

    public void Dispose()
    {
        foreach (var font in sized.Values) font.Dispose();
        paint.Dispose();
        latinProbe.Dispose();
        cjkProbe?.Dispose();
    }
}
