using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Generator.Tests.Support;

/// <summary>Image files that lie about their size or are cut short, made byte by byte (issue 20).</summary>
public static class HostileImages
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>A PNG whose header claims <paramref name="width"/> × <paramref name="height"/> RGB pixels, with the
    /// zlib data <paramref name="idat"/> (a few bytes by default: the file is tiny, the image is not).</summary>
    public static byte[] Png(int width, int height, byte[]? idat = null)
    {
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth; colour type 2 (RGB) follows
        header[9] = 2;
        using var file = new MemoryStream();
        file.Write(PngSignature);
        Chunk(file, "IHDR", header);
        Chunk(file, "IDAT", idat ?? [0x78, 0x9C, 0x63, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01]);
        Chunk(file, "IEND", []);
        return file.ToArray();
    }

    /// <summary>
    /// A decompression bomb: a valid PNG of <paramref name="width"/> × <paramref name="height"/> black pixels in about
    /// a thousandth of their size. The zlib stream is one row's deflate blocks, ended by a sync flush, repeated for
    /// every row (each copy refers back only to zeros), so making it costs one row, not the whole image.
    /// </summary>
    public static byte[] Bomb(int width, int height)
    {
        var rowLength = 1 + 3 * width; // filter byte, then RGB
        using var row = new MemoryStream();
        using (var deflate = new DeflateStream(row, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            deflate.Write(new byte[rowLength]);
            deflate.Flush(); // sync flush: the blocks so far end on a byte boundary
        }
        var blocks = row.ToArray().AsSpan(0, SyncFlushEnd(row.ToArray()));
        using var zlib = new MemoryStream();
        zlib.Write([0x78, 0xDA]);
        for (var y = 0; y < height; y++) zlib.Write(blocks);
        zlib.Write([0x03, 0x00]); // an empty final block
        var length = (long)rowLength * height;
        var adler = (uint)(length % 65521) << 16 | 1; // Adler-32 of zeros: a = 1, b = count
        zlib.Write(BitConverter.IsLittleEndian ? BitConverter.GetBytes(BinaryPrimitives.ReverseEndianness(adler)) : BitConverter.GetBytes(adler));
        return Png(width, height, zlib.ToArray());
    }

    /// <summary>A baseline JPEG whose frame header claims <paramref name="width"/> × <paramref name="height"/>, cut
    /// short a few bytes into its scan.</summary>
    public static byte[] TruncatedJpeg(int width, int height)
    {
        var frame = new byte[] { 0xFF, 0xC0, 0x00, 0x11, 0x08, 0, 0, 0, 0, 0x03, 0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01 };
        BinaryPrimitives.WriteUInt16BigEndian(frame.AsSpan(5), (ushort)height);
        BinaryPrimitives.WriteUInt16BigEndian(frame.AsSpan(7), (ushort)width);
        byte[] scan = [0xFF, 0xDA, 0x00, 0x0C, 0x03, 0x01, 0x00, 0x02, 0x11, 0x03, 0x11, 0x00, 0x3F, 0x00, 0x12, 0x34, 0x56];
        return [0xFF, 0xD8, .. frame, .. scan];
    }

    /// <summary>A lossy WebP whose VP8 header claims 100 × 100 and whose chunk says 200 bytes, of which 10 are there.</summary>
    public static byte[] TruncatedWebP()
    {
        byte[] vp8 = [0x00, 0x00, 0x00, 0x9D, 0x01, 0x2A, 100, 0, 100, 0, 0, 0, 0, 0, 0];
        using var file = new MemoryStream();
        file.Write("RIFF"u8);
        file.Write(BitConverter.GetBytes(4 + 8 + 200));
        file.Write("WEBPVP8 "u8);
        file.Write(BitConverter.GetBytes(200));
        file.Write(vp8);
        return file.ToArray();
    }

    private static int SyncFlushEnd(byte[] deflated)
    {
        var end = deflated.AsSpan().LastIndexOf((ReadOnlySpan<byte>)[0x00, 0x00, 0xFF, 0xFF]);
        if (end < 0) throw new InvalidOperationException("no sync flush in the deflate output");
        return end + 4;
    }

    private static void Chunk(Stream file, string type, byte[] data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        file.Write(number);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        file.Write(typed);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc32(typed));
        file.Write(number);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
        }
        return ~crc;
    }
}
