using System.Security.Cryptography;
using Generator.Content;

namespace Generator.Output;

/// <summary>
/// The theme's static files (templates/assets). Stylesheets and scripts get a content hash in their output name
/// (site.css → site.3f9a1c2b.css) so browsers may cache them forever and still see every change.
/// </summary>
public sealed record AssetManifest(string SourceFolder, IReadOnlyDictionary<string, string> OutputNames)
{
    public const string Folder = "templates/assets";

    private static readonly HashSet<string> Hashed = new(StringComparer.OrdinalIgnoreCase) { ".css", ".js" };

    /// <summary>Lists the theme's files with the same rules as content/ (<see cref="InputTree"/>): no links out of the
    /// site, no devices, no dot-folders.</summary>
    public static AssetManifest Scan(string siteRoot, DiagnosticBag? diagnostics = null)
    {
        var folder = Path.Combine(siteRoot, Folder);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in InputTree.Walk(siteRoot, Folder, diagnostics ?? new DiagnosticBag()))
        {
            var relative = file.RelativePath[(Folder.Length + 1)..];
            names[relative] = Hashed.Contains(Path.GetExtension(relative)) ? HashedName(relative, File.ReadAllBytes(file.FullPath)) : relative;
        }
        return new AssetManifest(folder, names);
    }

    public static string HashedName(string relative, byte[] content)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(content))[..8];
        var extension = Path.GetExtension(relative);
        return relative[..^extension.Length] + "." + hash + extension;
    }

    /// <summary>Copies every asset into <paramref name="outputFolder"/>/assets under its output name.</summary>
    public void CopyTo(string outputFolder)
    {
        foreach (var (source, target) in OutputNames)
        {
            var destination = SafePath.Inside(outputFolder, "assets/" + target);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(Path.Combine(SourceFolder, source), destination, overwrite: true);
        }
    }
}
