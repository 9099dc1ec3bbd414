using System.Security.Cryptography;
using System.Text;
using Generator.Content;

namespace Generator.Output;

/// <summary>
/// Generated images, kept between builds in <c>&lt;site&gt;/.cache/images/</c> under a hash of everything that
/// decides their bytes (the source image's content, or the card's text, colours and fonts). A rebuild whose images did
/// not change makes none; deleting the folder only costs one slower build. Nothing is written outside the site root.
/// </summary>
/// <remarks>
/// The folder outlives the build (CI restores it from earlier runs), so what it holds is checked before use: each
/// entry is a regular file beside a record of the SHA-256 of its bytes (<c>&lt;name&gt;.sha256</c>); an entry whose
/// bytes do not match is made again. A link anywhere in the cache's path (<c>.cache</c>, <c>.cache/images</c>, an
/// entry or its record) is an error at its path and is never followed: the output hard-links entries, and a link
/// would be published as a link, whose target an artifact packer that follows links publishes.
/// </remarks>
internal sealed class ImageCache(string siteRoot)
{
    public const string Folder = ".cache/images";
    public const string RecordSuffix = ".sha256";

    public string Root { get; } = Path.Combine(siteRoot, ".cache", "images");

    public static string Key(params string[] parts) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', parts))))[..32];

    public static string Key(byte[] content, string variant) =>
        Convert.ToHexStringLower(SHA256.HashData(content))[..32] + "-" + variant;

    /// <summary>Whether <c>.cache</c> and <c>.cache/images</c> are folders or not there yet (reported otherwise).</summary>
    public bool Usable(DiagnosticBag diagnostics) =>
        Safe(".cache", FileKind.Directory, diagnostics) && Safe(Folder, FileKind.Directory, diagnostics);

    /// <summary>The cached file for <paramref name="name"/>, made by <paramref name="make"/> if it is not there yet or
    /// its bytes are not those recorded; null (reported) when the entry or its record is a link or not a regular file.</summary>
    public string? GetOrAdd(string name, Func<byte[]> make, DiagnosticBag diagnostics)
    {
        var path = SafePath.Inside(Root, name);
        var record = path + RecordSuffix;
        var entrySafe = Safe(Folder + "/" + name, FileKind.Regular, diagnostics);
        if (!Safe(Folder + "/" + name + RecordSuffix, FileKind.Regular, diagnostics) || !entrySafe) return null;
        if (Verified(path, record)) return path;
        Directory.CreateDirectory(Root);
        var bytes = make();
        // Write then rename, so a build stopped half-way never leaves a truncated image for the next one to trust; the
        // entry before its record, so a stop between the two leaves a mismatch, which is made again. New names are
        // created exclusively and rename(2) replaces a name without following it: no write goes through a link.
        Replace(path, bytes);
        Replace(record, Encoding.ASCII.GetBytes(Hash(bytes)));
        return path;
    }

    /// <summary>Whether the entry's bytes are those its record names.</summary>
    private static bool Verified(string path, string record)
    {
        try
        {
            if (FileKinds.OfEntry(path) != FileKind.Regular || FileKinds.OfEntry(record) != FileKind.Regular) return false;
            var recorded = NoFollow.ReadAllBytes(record);
            using var entry = NoFollow.OpenRead(path);
            return recorded.Length == 64 && Encoding.ASCII.GetString(recorded) == Convert.ToHexStringLower(SHA256.HashData(entry));
        }
        catch (IOException)
        {
            return false; // gone or changed since the check: made again, and the next check judges what is there
        }
    }

    private static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static void Replace(string path, byte[] bytes) => CachePaths.Replace(path, stream => stream.Write(bytes));

    private bool Safe(string relative, FileKind expected, DiagnosticBag diagnostics) =>
        CachePaths.Safe(siteRoot, relative, expected, diagnostics, "the image cache", "the image");
}
