namespace Generator.Content;

/// <summary>
/// The responsive-image plan for raster files of content/ (PNG, JPEG, WebP): which WebP widths exist beside each one
/// and what they are called. Pure naming, so the Markdown and Rendering stages can write <c>srcset</c> before the
/// Output stage makes the files (<see cref="Output.ImageWork"/>).
/// </summary>
internal static class RasterImages
{
    /// <summary>Phone, tablet/article column, and a wide or high-density screen; never wider than the original.</summary>
    public static readonly int[] Widths = [480, 960, 1440];

    private static readonly HashSet<string> Extensions = new(StringComparer.OrdinalIgnoreCase) { ".png", ".jpg", ".jpeg", ".webp" };

    public static bool IsRaster(string path) => Extensions.Contains(Path.GetExtension(path.Split('?', '#')[0]));

    /// <summary>
    /// The most pixels an image may have for the build to make smaller copies of it: decoding holds four bytes a pixel,
    /// on every core at once, so a 20,000 × 20,000 image (1.6 GB, from a file of a megabyte) took 23 s. A
    /// 100-megapixel camera's photo still fits; a bigger image is over a limit, an error at the image (GEN037), found by
    /// its header's size before anything is decoded.
    /// </summary>
    public const long MaxPixels = 100_000_000;

    /// <summary>More pixels than <see cref="MaxPixels"/>.</summary>
    public static bool IsOversized((int Width, int Height) size) => (long)size.Width * size.Height > MaxPixels;

    /// <summary>Whether copies can be made of an image of this size: it has pixels, and not too many.</summary>
    public static bool CanResize((int Width, int Height) size) =>
        size.Width > 0 && size.Height > 0 && (long)size.Width * size.Height <= MaxPixels;

    /// <summary>Why <see cref="CanResize"/> says no: the GEN036 warning of an image without pixels, the GEN037 error of
    /// an oversized one.</summary>
    public static string SizeProblem((int Width, int Height) size) => size.Width <= 0 || size.Height <= 0
        ? $"its header gives a size of {size.Width} × {size.Height} pixels"
        : $"it is {size.Width:N0} × {size.Height:N0} pixels, over the limit of {MaxPixels / 1_000_000} megapixels; scale it down before adding it";

    /// <summary>One to three widths: each of <see cref="Widths"/>, capped at the original's width (no upscaling).</summary>
    public static IReadOnlyList<int> VariantWidths(int width) => Widths.Select(w => Math.Min(w, width)).Distinct().ToList();

    /// <summary><c>images/photo.jpg</c> at 480 px → <c>images/photo-480w.webp</c>, beside the original.</summary>
    public static string VariantPath(string relative, int width)
    {
        var extension = Path.GetExtension(relative);
        return relative[..^extension.Length] + "-" + width.ToString(System.Globalization.CultureInfo.InvariantCulture) + "w.webp";
    }

    /// <summary>
    /// The <c>srcset</c> of a site path (below the base path) when it is a raster file of the site with a known size,
    /// else null. URLs are percent-encoded where a space or comma would split the list.
    /// </summary>
    public static string? Srcset(string basePath, string sitePath, StaticFiles? files)
    {
        var relative = Uri.UnescapeDataString(sitePath.Split('?', '#')[0]);
        if (files is null || !IsRaster(relative) || files.ImageSize(relative) is not { } size || !CanResize(size)) return null;
        var width = size.Width;
        return string.Join(", ", VariantWidths(width).Select(w =>
            basePath + VariantPath(relative, w).Replace("%", "%25").Replace(" ", "%20").Replace(",", "%2C") + " " + w + "w"));
    }
}
