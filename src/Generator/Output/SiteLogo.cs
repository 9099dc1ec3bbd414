using System.Globalization;
using System.Xml.Linq;
using Generator.Site;
using SkiaSharp;

namespace Generator.Output;

/// <summary>
/// The publisher's logo of the JSON-LD (Google asks for a raster image of at least 112×112): the theme's
/// <c>favicon.svg</c> drawn at 512×512. Skia reads no SVG, so this draws the shapes a favicon is made of (rect, circle,
/// ellipse, path; fill, stroke, stroke-width, line caps and joins, a viewBox); a favicon using anything else (text,
/// gradients, transforms, groups with style) gets a plain mark instead: the site's initial on the accent colour.
/// </summary>
internal static class SiteLogo
{
    public const int Size = 512;
    public const string FileName = SocialCards.LogoFileName;

    /// <summary>Part of the logo's cache key: bump it when the drawing changes.</summary>
    public const string Version = "logo-v1";

    public static byte[] Paint(byte[]? faviconSvg, ThemeColours colours, string title, CardFonts fonts)
    {
        var info = new SKImageInfo(Size, Size, SKColorType.Rgb888x, SKAlphaType.Opaque);
        using var surface = SKSurface.Create(info) ?? throw new InvalidOperationException("SkiaSharp could not make a drawing surface");
        var canvas = surface.Canvas;
        canvas.Clear(SKColor.Parse(colours.Background));
        if (faviconSvg is null || !TryDrawSvg(canvas, faviconSvg)) DrawInitial(canvas, colours, title, fonts);
        canvas.Flush();
        using var pixels = surface.PeekPixels() ?? throw new InvalidOperationException("the logo surface has no pixels");
        return PngWriter.Rgb(pixels.GetPixelSpan(), pixels.Width, pixels.Height, pixels.RowBytes);
    }

    private static void DrawInitial(SKCanvas canvas, ThemeColours colours, string title, CardFonts fonts)
    {
        using var fill = new SKPaint { IsAntialias = true, Color = SKColor.Parse(colours.Accent) };
        canvas.DrawRoundRect(0, 0, Size, Size, 112, 112, fill);
        var initial = StringInfo.GetNextTextElement(title.Trim());
        if (initial.Length == 0) return;
        using var runs = new TextRuns(fonts);
        var width = runs.Measure(initial, 300);
        runs.Draw(canvas, initial, (Size - width) / 2, Size / 2f + 105, 300, SKColors.White);
    }

    private static bool TryDrawSvg(SKCanvas canvas, byte[] svg)
    {
        XElement root;
        try { root = XElement.Parse(System.Text.Encoding.UTF8.GetString(svg)); }
        catch (System.Xml.XmlException) { return false; }
        var box = (root.Attribute("viewBox")?.Value ?? "").Split([' ', ','], StringSplitOptions.RemoveEmptyEntries)
            .Select(v => float.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var f) ? f : float.NaN).ToArray();
        if (box.Length != 4 || box.Any(float.IsNaN) || box[2] <= 0 || box[3] <= 0) return false;
        var shapes = root.Elements().Where(e => e.Name.LocalName is not ("title" or "desc")).ToList();
        if (shapes.Count == 0 || shapes.Any(e => e.Name.LocalName is not ("rect" or "circle" or "ellipse" or "path")
            || e.HasElements || e.Attribute("transform") is not null || e.Attribute("style") is not null)) return false;

        var paths = new List<(SKPath Path, XElement Shape)>();
        try
        {
            foreach (var shape in shapes)
                if (PathOf(shape) is { } path) paths.Add((path, shape));
                else return false;
            if (paths.Any(p => !Paint(p.Shape, "fill", "#000", out _) || !Paint(p.Shape, "stroke", "none", out _))) return false;
            canvas.Save();
            canvas.Scale(Size / box[2], Size / box[3]);
            canvas.Translate(-box[0], -box[1]);
            foreach (var (path, shape) in paths)
            {
                using var paint = new SKPaint { IsAntialias = true };
                if (Paint(shape, "fill", "#000", out var fill) && fill is { } f)
                {
                    paint.Style = SKPaintStyle.Fill;
                    paint.Color = f;
                    canvas.DrawPath(path, paint);
                }
                if (Paint(shape, "stroke", "none", out var stroke) && stroke is { } s)
                {
                    paint.Style = SKPaintStyle.Stroke;
                    paint.Color = s;
                    paint.StrokeWidth = Number(shape, "stroke-width", 1);
                    paint.StrokeCap = (string?)shape.Attribute("stroke-linecap") switch { "round" => SKStrokeCap.Round, "square" => SKStrokeCap.Square, _ => SKStrokeCap.Butt };
                    paint.StrokeJoin = (string?)shape.Attribute("stroke-linejoin") switch { "round" => SKStrokeJoin.Round, "bevel" => SKStrokeJoin.Bevel, _ => SKStrokeJoin.Miter };
                    canvas.DrawPath(path, paint);
                }
            }
            canvas.Restore();
            return true;
        }
        finally { foreach (var (path, _) in paths) path.Dispose(); }
    }

    private static SKPath? PathOf(XElement shape)
    {
        switch (shape.Name.LocalName)
        {
            case "path":
                return (string?)shape.Attribute("d") is { } d ? SKPath.ParseSvgPathData(d) : null;
            case "rect":
            {
                using var builder = new SKPathBuilder();
                var rect = SKRect.Create(Number(shape, "x", 0), Number(shape, "y", 0), Number(shape, "width", 0), Number(shape, "height", 0));
                var rx = Number(shape, "rx", Number(shape, "ry", 0));
                builder.AddRoundRect(rect, rx, Number(shape, "ry", rx), SKPathDirection.Clockwise);
                return builder.Detach();
            }
            case "circle":
            {
                using var builder = new SKPathBuilder();
                builder.AddCircle(Number(shape, "cx", 0), Number(shape, "cy", 0), Number(shape, "r", 0), SKPathDirection.Clockwise);
                return builder.Detach();
            }
            default:
            {
                using var builder = new SKPathBuilder();
                var (cx, cy, ex, ey) = (Number(shape, "cx", 0), Number(shape, "cy", 0), Number(shape, "rx", 0), Number(shape, "ry", 0));
                builder.AddOval(new SKRect(cx - ex, cy - ey, cx + ex, cy + ey), SKPathDirection.Clockwise);
                return builder.Detach();
            }
        }
    }

    private static float Number(XElement shape, string name, float fallback) =>
        float.TryParse((string?)shape.Attribute(name), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : fallback;

    /// <summary>A fill or stroke: a colour, or null for none; false for what this drawing cannot show (a gradient,
    /// currentColor, a named colour other than black and white).</summary>
    private static bool Paint(XElement shape, string name, string fallback, out SKColor? colour)
    {
        var value = ((string?)shape.Attribute(name) ?? fallback).Trim();
        colour = null;
        if (value == "none") return true;
        if (value is "white" or "black") value = value == "white" ? "#fff" : "#000";
        if (!value.StartsWith('#') || !SKColor.TryParse(value, out var parsed)) return false;
        colour = parsed;
        return true;
    }
}
