using Generator.Content;
using SkiaSharp;

namespace Generator.Output;

/// <summary>Scales a raster image (PNG, JPEG, WebP) to a width and encodes it as WebP, with SkiaSharp.</summary>
internal static class RasterVariants
{
    public const int Quality = 80;

    /// <summary>The WebP bytes of <paramref name="source"/> at <paramref name="width"/> pixels wide (never wider than it is).</summary>
    public static byte[] WebP(byte[] source, int width)
    {
        using var decoded = new Decoded(source);
        return decoded.WebP(width);
    }

    /// <summary>
    /// One image, decoded once (on first use) for all of its widths: decoding is most of the work, a whole uncompressed
    /// copy in memory. The size its header gives is checked first, so a small file claiming a huge image (a
    /// decompression bomb) is refused before any pixel is allocated. Problems are <see cref="InvalidDataException"/>s.
    /// </summary>
    public sealed class Decoded(byte[] source) : IDisposable
    {
        private SKBitmap? bitmap;

        public byte[] WebP(int width)
        {
            var original = bitmap ??= Decode(source);
            var target = Math.Min(width, original.Width);
            var height = Math.Max(1, (int)Math.Round(original.Height * (double)target / original.Width));
            using var scaled = target == original.Width
                ? original.Copy()
                : original.Resize(new SKImageInfo(target, height, original.ColorType, original.AlphaType),
                    new SKSamplingOptions(SKCubicResampler.Mitchell));
            if (scaled is null) throw new InvalidDataException("SkiaSharp could not scale it");
            using var image = SKImage.FromBitmap(scaled);
            using var data = image.Encode(SKEncodedImageFormat.Webp, Quality);
            return data.ToArray();
        }

        public void Dispose() => bitmap?.Dispose();
    }

    private static SKBitmap Decode(byte[] source)
    {
        using var data = SKData.CreateCopy(source);
        using var codec = SKCodec.Create(data) ?? throw new InvalidDataException("not an image SkiaSharp can decode");
        var (width, height) = (codec.Info.Width, codec.Info.Height);
        if (!RasterImages.CanResize((width, height))) throw new InvalidDataException(RasterImages.SizeProblem((width, height)));
        try
        {
            return SKBitmap.Decode(codec) ?? throw new InvalidDataException("SkiaSharp cannot decode it (is the file cut short?)");
        }
        catch (Exception e) when (e is not InvalidDataException)
        {
            // SkiaSharp throws a plain Exception when it cannot allocate the pixels a header claims.
            throw new InvalidDataException($"SkiaSharp cannot decode it ({e.Message.TrimEnd('.')})", e);
        }
    }
}
