using System.Security.Cryptography;
using Generator.Content;
using Generator.Rendering;

namespace Generator.Output;

/// <summary>
/// The theme's static files (templates/assets: the site's own files, else the built-in theme's). Stylesheets and
/// scripts get a content hash in their output name (site.css → site.3f9a1c2b.css) so browsers may cache them forever
/// and still see every change.
/// </summary>
internal sealed record AssetManifest(ThemeFiles Theme, IReadOnlyDictionary<string, string> OutputNames)
{
    public const string Folder = ThemeFiles.Folder + "/" + ThemeFolder;
    private const string ThemeFolder = "assets";

    private static readonly HashSet<string> Hashed = new(StringComparer.OrdinalIgnoreCase) { ".css", ".js" };

    public static AssetManifest Scan(string siteRoot, DiagnosticBag? diagnostics = null) => Scan(ThemeFiles.Of(siteRoot, diagnostics: diagnostics));

    public static AssetManifest Scan(ThemeFiles theme)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in theme.Under(ThemeFolder))
        {
            var relative = file.Name[(ThemeFolder.Length + 1)..];
            names[relative] = Hashed.Contains(Path.GetExtension(relative)) ? HashedName(relative, theme.ReadBytes(file)) : relative;
        }
        return new AssetManifest(theme, names);
    }

    public static string HashedName(string relative, byte[] content)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(content))[..8];
        var extension = Path.GetExtension(relative);
        return relative[..^extension.Length] + "." + hash + extension;
    }

    /// <summary>The bytes of one asset, by its name before hashing (<c>site.css</c>).</summary>
    public byte[] Read(string source) => Theme.ReadBytes(FileOf(source));

    /// <summary>The bytes of one asset by its name before hashing, or null when the theme has no such asset (the
    /// theme's <c>inline_css</c> reads stylesheets through this).</summary>
    public byte[]? TryRead(string source) =>
        Theme.Find(ThemeFolder + "/" + source) is { } file ? Theme.ReadBytes(file) : null;

    /// <summary>Copies every asset into <paramref name="outputFolder"/>/assets under its output name.</summary>
    public void CopyTo(string outputFolder)
    {
        foreach (var (source, target) in OutputNames)
        {
            var destination = SafePath.Inside(outputFolder, ThemeFolder + "/" + target);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            Theme.CopyTo(FileOf(source), destination);
        }
    }

    private ThemeFile FileOf(string source) =>
        Theme.Find(ThemeFolder + "/" + source) ?? throw new FileNotFoundException($"no theme asset {source}");
}
