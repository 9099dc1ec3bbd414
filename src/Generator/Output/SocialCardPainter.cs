using SkiaSharp;

namespace Generator.Output;

/// <summary>What a social card says.</summary>
public sealed record CardText(string Site, string? Category, string Headline, string Date);

/// <summary>
/// Draws a 1200×630 PNG social card: the site's name, the category, the headline and the date in the theme's colours.
/// The headline wraps at spaces (anywhere between CJK characters) and shrinks until it fits its box; whatever still
/// does not fit at the smallest size ends in an ellipsis.
/// </summary>
public static class SocialCardPainter
{
    /// <summary>Part of every card's cache key: bump it when the drawing changes.</summary>
    public const string Version = "card-v1";

    private const float Margin = 80, HeadlineTop = 190, HeadlineBottom = 520, MaxSize = 68, MinSize = 34;

    public static byte[] Paint(CardText text, ThemeColours colours, CardFonts fonts)
    {
        var info = new SKImageInfo(SocialCards.Width, SocialCards.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info);
        var canvas = surface.Canvas;
        canvas.Clear(SKColor.Parse(colours.Background));
        using var fill = new SKPaint { IsAntialias = true };
        fill.Color = SKColor.Parse(colours.Accent);
        canvas.DrawRect(0, 0, 24, SocialCards.Height, fill);
        fill.Color = SKColor.Parse(colours.Surface);
        canvas.DrawRect(24, SocialCards.Height - 110, SocialCards.Width - 24, 110, fill);

        using var writer = new TextRuns(fonts);
        writer.Draw(canvas, text.Site, Margin, 112, 40, SKColor.Parse(colours.Text));
        if (!string.IsNullOrWhiteSpace(text.Category))
            writer.Draw(canvas, text.Category.ToUpperInvariant(), Margin, 160, 26, SKColor.Parse(colours.Accent));
        DrawHeadline(canvas, writer, text.Headline, SKColor.Parse(colours.Text));
        writer.Draw(canvas, text.Date, Margin, SocialCards.Height - 44, 30, SKColor.Parse(colours.Muted));

        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    private static void DrawHeadline(SKCanvas canvas, TextRuns writer, string headline, SKColor colour)
    {
        var width = SocialCards.Width - 2 * Margin;
        for (var size = MaxSize; ; size -= 4)
        {
            var lineHeight = size * 1.18f;
            var maxLines = (int)((HeadlineBottom - HeadlineTop) / lineHeight);
            var lines = LineBreaker.Wrap(headline, maxLines, width, s => writer.Measure(s, size));
            if (lines.Fits || size - 4 < MinSize)
            {
                var y = HeadlineTop + size;
                foreach (var line in lines.Lines)
                {
                    writer.Draw(canvas, line, Margin, y, size, colour);
                    y += lineHeight;
                }
                return;
            }
        }
    }
}
