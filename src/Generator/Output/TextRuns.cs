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

    public float Measure(string text, float size) => Runs(text).Sum(r => Font(r.Face, size, f => f.MeasureText(r.Text)));

    public void Draw(SKCanvas canvas, string text, float x, float y, float size, SKColor colour)
    {
        using var paint = new SKPaint { IsAntialias = true, Color = colour };
        foreach (var (face, run) in Runs(text))
        {
            using var font = new SKFont(face, size) { Edging = SKFontEdging.Antialias, Subpixel = true };
            canvas.DrawText(run, x, y, SKTextAlign.Left, font, paint);
            x += font.MeasureText(run);
        }
    }

    private static float Font(SKTypeface face, float size, Func<SKFont, float> use)
    {
        using var font = new SKFont(face, size);
        return use(font);
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
        latinProbe.Dispose();
        cjkProbe?.Dispose();
    }
}
