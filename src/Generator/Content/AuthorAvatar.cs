using System.Text.RegularExpressions;

namespace Generator.Content;

/// <summary>
/// An author's <c>avatar:</c> in site.yml: an image file of content/, written as the site serves it
/// (<c>/images/authors/maya.png</c>, the leading '/' optional). Read in two steps: the value's shape with site.yml
/// (<see cref="Read"/>: a code-running URL is GEN028, an address of another site or a path out of content/ GEN020, a
/// file that is no image GEN016), then, once content/ has been walked, the file itself (<see cref="Check"/>: missing,
/// or a raster header that gives no size, GEN016). Pages show it with its size and WebP copies, as post images.
/// </summary>
internal static partial class AuthorAvatar
{
    public const string Key = "avatar";

    /// <summary>What an avatar may be: the raster formats the build makes WebP copies of, GIF and SVG.</summary>
    private static readonly HashSet<string> Extensions = new(StringComparer.OrdinalIgnoreCase) { ".png", ".jpg", ".jpeg", ".webp", ".gif", ".svg" };

    /// <summary>The avatar's path below content/ ("images/authors/maya.png"), or null when there is none or it is refused.</summary>
    public static string? Read(FieldReader entry, DiagnosticBag diagnostics)
    {
        if (entry.Url(Key) is not { Length: > 0 } value) return null;
        var at = entry.ValueLocation(Key);
        if (Scheme().IsMatch(value) || value.StartsWith("//", StringComparison.Ordinal))
        {
            diagnostics.Error(at, DiagnosticCodes.InvalidUrl,
                $"'{Key}' must be an image file of the site, such as /images/authors/photo.png in content/, not an address elsewhere ('{value}'): download it into content/");
            return null;
        }
        var relative = value.TrimStart('/');
        var segments = relative.Split('/');
        if (relative.Contains('\\') || relative.IndexOfAny(['?', '#']) >= 0 || segments.Any(s => s is "" or "." or ".."))
        {
            diagnostics.Error(at, DiagnosticCodes.InvalidUrl,
                $"'{Key}' '{value}' must be the plain path of a file in content/, such as /images/authors/photo.png: no '..', '.', empty segments, '\\', query or fragment");
            return null;
        }
        if (!Extensions.Contains(Path.GetExtension(relative)))
        {
            diagnostics.Error(at, DiagnosticCodes.SiteConfig,
                $"'{Key}' '{value}' is not an image: use a PNG, JPEG, WebP, GIF or SVG file");
            return null;
        }
        return relative;
    }

    /// <summary>Each avatar must be a file of content/ whose size can be read (an SVG may leave its size out).</summary>
    public static void Check(SiteConfig config, StaticFiles files, DiagnosticBag diagnostics)
    {
        foreach (var author in config.Authors)
        {
            if (author.Avatar is not { } relative) continue;
            var at = author.AvatarAt ?? SourceLocation.FileStart(SiteConfigReader.FileName);
            if (!files.Has(relative))
            {
                // "content/images/x.png" names content/content/…: the path is the one the site serves.
                var hint = relative.StartsWith(StaticFiles.Folder + "/", StringComparison.Ordinal) && files.Has(relative[(StaticFiles.Folder.Length + 1)..])
                    ? $"; write it as the site serves it: /{relative[(StaticFiles.Folder.Length + 1)..]}"
                    : DidYouMean.Hint(relative, files.Paths.Where(p => Extensions.Contains(Path.GetExtension(p))));
                diagnostics.Error(at, DiagnosticCodes.SiteConfig,
                    $"author '{author.Id}': '{Key}' names no file of the site: there is no {StaticFiles.Folder}/{relative}{hint}");
            }
            else if (!relative.EndsWith(".svg", StringComparison.OrdinalIgnoreCase) && files.ImageSize(SitePath(relative)) is null)
                diagnostics.Error(at, DiagnosticCodes.SiteConfig,
                    $"author '{author.Id}': '{Key}' {StaticFiles.Folder}/{relative} is not an image: its header gives no PNG, JPEG, WebP or GIF size");
        }
    }

    /// <summary>The avatar's URL path below the base path, each segment percent-encoded (a space, '#' or '%' in a file name).</summary>
    public static string SitePath(string relative) => string.Join('/', relative.Split('/').Select(Uri.EscapeDataString));

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9+.-]*:")]
    private static partial Regex Scheme();
}
