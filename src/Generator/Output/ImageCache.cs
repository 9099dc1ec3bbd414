using System.Security.Cryptography;
using System.Text;

namespace Generator.Output;

/// <summary>
/// Generated images, kept between builds in <c>&lt;site&gt;/.cache/images/</c> under a hash of everything that
/// decides their bytes (the source image's content, or the card's text, colours and fonts). A rebuild whose images did
/// not change makes none; deleting the folder only costs one slower build. Nothing is written outside the site root.
/// </summary>
public sealed class ImageCache(string siteRoot)
{
    public const string Folder = ".cache/images";

    public string Root { get; } = Path.Combine(siteRoot, ".cache", "images");

    public static string Key(params string[] parts) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', parts))))[..32];

    public static string Key(byte[] content, string variant) =>
        Convert.ToHexStringLower(SHA256.HashData(content))[..32] + "-" + variant;

    /// <summary>The cached file for <paramref name="name"/>, made by <paramref name="make"/> if it is not there yet.</summary>
    public string GetOrAdd(string name, Func<byte[]> make)
    {
        var path = SafePath.Inside(Root, name);
        if (File.Exists(path)) return path;
        Directory.CreateDirectory(Root);
        var bytes = make();
        // Write then rename, so a build stopped half-way never leaves a truncated image for the next one to trust.
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, path, overwrite: true);
        return path;
    }
}
