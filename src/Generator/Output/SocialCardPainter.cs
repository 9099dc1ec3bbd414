using Generator.Site;
using SkiaSharp;

namespace Generator.Output;

/// <summary>What a social card says.</summary>
internal sealed record CardText(string Site, string? Category, string Headline, string Date);

/// <summary>
/// Draws 1200×630 PNG social cards: the site's name, the category, the headline and the date in the theme's colours.
/// The headline wraps at spaces (anywhere between CJK characters) and shrinks until it fits its box; whatever still
/// does not fit at the smallest size ends in an ellipsis. One painter serves one thread and keeps its surface, paints
/// and fonts from card to card: a build draws one card per post.
/// </summary>
internal sealed class SocialCardPainter : IDisposable
{
    /// <summary>Part of every card's cache key: bump it when the drawing or the encoding changes.</summary>
    public const string Version = "card-v3";

    private const float Margin = 80, HeadlineTop = 190, HeadlineBottom = 520, MaxSize = 68, MinSize = 34;

    private readonly SKSurface surface;
    private readonly SKPaint fill = new() { IsAntialias = true };
    private readonly TextRuns writer;
    private readonly SKColor background, surfaceColour, text, muted, accent;

    public SocialCardPainter(ThemeColours colours, CardFonts fonts)
    {
        // Opaque RGBX: four bytes a pixel that PngWriter copies as RGB, with no alpha to un-premultiply.
        var info = new SKImageInfo(SocialCards.Width, SocialCards.Height, SKColorType.Rgb888x, SKAlphaType.Opaque);
        surface = SKSurface.Create(info) ?? throw new InvalidOperationException("SkiaSharp could not make a drawing surface");
        writer = new TextRuns(fonts);
        (background, surfaceColour, text, muted, accent) = (SKColor.Parse(colours.Background), SKColor.Parse(colours.Surface),
            SKColor.Parse(colours.Text), SKColor.Parse(colours.Muted), SKColor.Parse(colours.Accent));
    }

    public byte[] Paint(CardText card)
    {
        var canvas = surface.Canvas;
        canvas.Clear(background);
        fill.Color = accent;
        canvas.DrawRect(0, 0, 24, SocialCards.Height, fill);
        fill.Color = surfaceColour;
        canvas.DrawRect(24, SocialCards.Height - 110, SocialCards.Width - 24, 110, fill);

        writer.Draw(canvas, card.Site, Margin, 112, 40, text);
        if (!string.IsNullOrWhiteSpace(card.Category))
            writer.Draw(canvas, card.Category.ToUpperInvariant(), Margin, 160, 26, accent);
        DrawHeadline(canvas, card.Headline);
        writer.Draw(canvas, card.Date, Margin, SocialCards.Height - 44, 30, muted);

        canvas.Flush();
        using var pixels = surface.PeekPixels() ?? throw new InvalidOperationException("the card surface has no pixels");
        return PngWriter.Rgb(pixels.GetPixelSpan(), pixels.Width, pixels.Height, pixels.RowBytes);
    }

    private void DrawHeadline(SKCanvas canvas, string headline)
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
                    writer.Draw(canvas, line, Margin, y, size, text);
                    y += lineHeight;
                }
                return;
            }
        }
    }

    public void Dispose()
    {
        writer.Dispose();
        fill.Dispose();
        surface.Dispose();
    }
}
