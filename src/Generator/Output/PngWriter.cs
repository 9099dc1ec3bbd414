using System.Buffers.Binary;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Generator.Output;

/// <summary>
/// Writes an opaque 8-bit RGB PNG from RGBX pixels (four bytes a pixel, the fourth ignored), every row unfiltered,
/// compressed by .NET's zlib (zlib-ng) at level 3. Social cards made the first 10,000-post build with cards 12× as
/// costly in CPU, 80 % of it in SkiaSharp's PNG encoder (libpng trying five row filters on every row, zlib level 6,
/// converting premultiplied pixels). A card is flat colour and text, which deflate packs well without row filters:
/// this writer takes about half the time libpng takes with the same settings, for files a sixth smaller
/// (bench/README.md has the measurements).
/// </summary>
internal static class PngWriter
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly uint[] CrcTable = MakeCrcTable();

    /// <summary>Level 3: 28 KiB a card; level 1 is a little faster for 45 KiB, level 6 slower for 25 KiB.</summary>
    private static readonly ZLibCompressionOptions Deflate = new() { CompressionLevel = 3 };

    public static byte[] Rgb(ReadOnlySpan<byte> rgbx, int width, int height, int rowBytes)
    {
        var output = new MemoryStream(64 * 1024);
        output.Write(Signature);
        Span<byte> header = stackalloc byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header[4..], height);
        header[8] = 8; // bits per sample
        header[9] = 2; // colour type: RGB
        // bytes 10–12: deflate, adaptive filtering, no interlace (all zero)
        Chunk(output, "IHDR"u8, header);

        var compressed = new MemoryStream(64 * 1024);
        using (var zlib = new ZLibStream(compressed, Deflate, leaveOpen: true))
        {
            // Filter type 0 ("None"), the row's RGB bytes, and one spare byte: each pixel is copied as four bytes and
            // the next pixel overwrites the fourth, one load and one store a pixel.
            var row = new byte[1 + width * 3 + 1];
            ref var start = ref row[1];
            for (var y = 0; y < height; y++)
            {
                var pixels = MemoryMarshal.Cast<byte, uint>(rgbx.Slice(y * rowBytes, width * 4));
                for (var x = 0; x < pixels.Length; x++) Unsafe.WriteUnaligned(ref Unsafe.Add(ref start, x * 3), pixels[x]);
                zlib.Write(row, 0, row.Length - 1);
            }
        }
        Chunk(output, "IDAT"u8, compressed.GetBuffer().AsSpan(0, (int)compressed.Length));
        Chunk(output, "IEND"u8, []);
        return output.ToArray();
    }

    private static void Chunk(MemoryStream output, ReadOnlySpan<byte> type, ReadOnlySpan<byte> data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        output.Write(number);
        output.Write(type);
        output.Write(data);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc(Crc(0xFFFFFFFFu, type), data) ^ 0xFFFFFFFFu);
        output.Write(number);
    }

    /// <summary>The CRC-32 of PNG chunks (ISO 3309), table-driven; .NET's own lives in a separate package.</summary>
    private static uint Crc(uint crc, ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes) crc = CrcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        return crc;
    }

    private static uint[] MakeCrcTable()
    {
        var table = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            table[n] = c;
        }
        return table;
    }
}
