namespace Generator.Content;

/// <summary>
/// The responsive-image plan for raster files of content/ (PNG, JPEG, WebP): which WebP widths exist beside each one
/// and what they are called. Pure naming, so the Markdown and Rendering stages can write <c>srcset</c> before the
/// Output stage makes the files (<see cref="Output.ImageWork"/>).
/// </summary>
public static class RasterImages
{
    /// <summary>Phone, tablet/article column, and a wide or high-density screen; never wider than the original.</summary>
    public static readonly int[] Widths = [480, 960, 1440];

    private static readonly HashSet<string> Extensions = new(StringComparer.OrdinalIgnoreCase) { ".png", ".jpg", ".jpeg", ".webp" };

    public static bool IsRaster(string path) => Extensions.Contains(Path.GetExtension(path.Split('?', '#')[0]));

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
        if (files is null || !IsRaster(relative) || files.ImageSize(relative) is not var (width, _)) return null;
        return string.Join(", ", VariantWidths(width).Select(w =>
            basePath + VariantPath(relative, w).Replace("%", "%25").Replace(" ", "%20").Replace(",", "%2C") + " " + w + "w"));
    }
}
