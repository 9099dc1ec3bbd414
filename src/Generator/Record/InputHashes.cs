using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Generator.Serve;

namespace Generator.Record;

/// <summary>
/// The hash of every named input of one build (theme files, interface strings, assets, base path, each content file's
/// card as pages show it): one value per name, shared by every page that names it, so the record stores each once.
/// </summary>
internal sealed class InputHashes
{
    private readonly ConcurrentDictionary<string, string> hashes = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string> All => hashes;

    public string? Of(string name) => hashes.GetValueOrDefault(name);

    public void Set(string name, string hash) => hashes[name] = hash;

    /// <summary>The hash of what a page shows of a content file; the first page that reads it computes it (a card is one
    /// view shared by every page that lists its post, so it is the same for all).</summary>
    public string OfRead(PageRead read) =>
        hashes.TryGetValue(read.Name, out var known) ? known : hashes.GetOrAdd(read.Name, _ => OfValue(read.Shown));

    public static string OfText(string text) => Hex(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>A value as key JSON (<see cref="KeyJson.Bytes"/>), hashed.</summary>
    public static string OfValue(object value)
    {
        switch (value)
        {
            case Rendering.PostSummaryView card:
                return KeyJson.HashOf(card);
            case OwnContent own:
                return Hex(SHA256.HashData([.. Encoding.ASCII.GetBytes(OfValue(own.Summary)), .. own.Body.Sha256]));
        }
        return Hex(SHA256.HashData(KeyJson.Bytes(value)));
    }

    /// <summary>Hashes are kept to 128 bits: enough to tell inputs apart, half the record's size.</summary>
    public static string Hex(ReadOnlySpan<byte> hash) => Convert.ToHexStringLower(hash[..16]);
}
