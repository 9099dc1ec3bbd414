using SkiaSharp;

namespace Generator.Output;

/// <summary>Scales a raster image (PNG, JPEG, WebP) to a width and encodes it as WebP, with SkiaSharp.</summary>
public static class RasterVariants
{
    public const int Quality = 80;

    /// <summary>The WebP bytes of <paramref name="source"/> at <paramref name="width"/> pixels wide (never wider than it is).</summary>
    public static byte[] WebP(byte[] source, int width)
    {
        using var original = SKBitmap.Decode(source) ?? throw new InvalidDataException("not an image SkiaSharp can decode");
        var target = Math.Min(width, original.Width);
        var height = Math.Max(1, (int)Math.Round(original.Height * (double)target / original.Width));
        using var scaled = target == original.Width
            ? original.Copy()
            : original.Resize(new SKImageInfo(target, height, original.ColorType, original.AlphaType),
                new SKSamplingOptions(SKCubicResampler.Mitchell));
        using var image = SKImage.FromBitmap(scaled);
        using var data = image.Encode(SKEncodedImageFormat.Webp, Quality);
        return data.ToArray();
    }
}
