using System.Security.Cryptography;
using System.Text;

namespace Generator;

/// <summary>
/// The format of the build's own cache files (<c>.cache/build/record</c>, <c>markdown</c>, <c>stamps</c>): what a
/// <see cref="BinaryWriter"/> wrote, then the SHA-256 of it. Both ways are streamed through the hash (the conversions
/// of 10,000 posts are 80 MB, which a copy in memory would add to the build's peak), and a reader trusts what it parsed
/// only once the bytes after it are that hash.
/// </summary>
internal static class ChecksummedFile
{
    private const int HashSize = 32;

    public static void Write(Stream output, Action<BinaryWriter> body)
    {
        using var sha = SHA256.Create();
        using (var hashing = new CryptoStream(output, sha, CryptoStreamMode.Write, leaveOpen: true))
        using (var writer = new BinaryWriter(new BufferedStream(hashing, 1 << 16), Encoding.UTF8))
            body(writer);
        output.Write(sha.Hash!);
    }

    /// <summary>What <paramref name="body"/> parses from <paramref name="input"/> (read to its end); null when the file
    /// is cut short, changed, longer than what was parsed, or not what <paramref name="body"/> reads (it returns null).</summary>
    public static T? Read<T>(Stream input, Func<BinaryReader, T?> body) where T : class => Read(input, (reader, _) => body(reader));

    /// <param name="body">Also given the length of what it reads, to refuse a count no file of that length can hold
    /// before allocating for it.</param>
    public static T? Read<T>(Stream input, Func<BinaryReader, long, T?> body) where T : class
    {
        var length = input.Length;
        if (length < HashSize) return null;
        using var sha = SHA256.Create();
        try
        {
            T? parsed;
            using (var hashed = new CryptoStream(new BoundedStream(input, length - HashSize), sha, CryptoStreamMode.Read, leaveOpen: true))
            using (var reader = new BinaryReader(new BufferedStream(hashed, 1 << 16), Encoding.UTF8))
            {
                parsed = body(reader, length - HashSize);
                if (parsed is null || reader.BaseStream.ReadByte() >= 0) return null; // more than was written: not this format
            }
            var recorded = new byte[HashSize];
            input.ReadExactly(recorded);
            return sha.Hash is { } hash && hash.AsSpan().SequenceEqual(recorded) ? parsed : null;
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or FormatException or OverflowException
                                      or InvalidDataException or IndexOutOfRangeException or ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>A parsed file from bytes in memory (tests; a file read whole).</summary>
    public static T? Read<T>(byte[] bytes, Func<BinaryReader, long, T?> body) where T : class => Read(new MemoryStream(bytes, writable: false), body);
}
