using System.Buffers.Binary;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Generator.Content;

/// <summary>
/// Reads an image's pixel size from its header (PNG, GIF, JPEG, WebP) or its root attributes (SVG), so pages can give
/// every image width and height and the layout does not jump while images load.
/// </summary>
internal static partial class ImageSize
{
    public static (int Width, int Height)? Read(string path)
    {
        try
        {
            if (path.EndsWith(".svg", StringComparison.OrdinalIgnoreCase)) return Svg(File.ReadAllText(path));
            using var stream = File.OpenRead(path);
            var header = new byte[Math.Min(stream.Length, 256 * 1024)];
            stream.ReadExactly(header);
            return Raster(header);
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>The size a raster header gives, or null for none, or one with no pixels (0 × 0, or past 2^31 in PNG).</summary>
    public static (int Width, int Height)? Raster(ReadOnlySpan<byte> data) =>
        Header(data) is var (width, height) && width > 0 && height > 0 ? (width, height) : null;

    private static (int Width, int Height)? Header(ReadOnlySpan<byte> data)
    {
        if (data.Length >= 24 && data[..8].SequenceEqual((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
            return (BinaryPrimitives.ReadInt32BigEndian(data[16..]), BinaryPrimitives.ReadInt32BigEndian(data[20..]));
        if (data.Length >= 10 && data[..3].SequenceEqual("GIF"u8))
            return (BinaryPrimitives.ReadUInt16LittleEndian(data[6..]), BinaryPrimitives.ReadUInt16LittleEndian(data[8..]));
        if (data.Length >= 30 && data[..4].SequenceEqual("RIFF"u8) && data[8..12].SequenceEqual("WEBP"u8)) return WebP(data);
        if (data.Length >= 4 && data[0] == 0xFF && data[1] == 0xD8) return Jpeg(data);
        return null;
    }

    private static (int, int)? WebP(ReadOnlySpan<byte> data) => data[12..16] switch
    {
        var c when c.SequenceEqual("VP8X"u8) => (1 + (data[24] | data[25] << 8 | data[26] << 16), 1 + (data[27] | data[28] << 8 | data[29] << 16)),
        var c when c.SequenceEqual("VP8 "u8) => (BinaryPrimitives.ReadUInt16LittleEndian(data[26..]) & 0x3FFF, BinaryPrimitives.ReadUInt16LittleEndian(data[28..]) & 0x3FFF),
        var c when c.SequenceEqual("VP8L"u8) => (1 + ((data[21] | data[22] << 8) & 0x3FFF), 1 + ((data[22] >> 6 | data[23] << 2 | data[24] << 10) & 0x3FFF)),
        _ => null,
    };

    private static (int, int)? Jpeg(ReadOnlySpan<byte> data)
    {
        var i = 2;
        while (i + 9 < data.Length)
        {
            if (data[i] != 0xFF) { i++; continue; }
            var marker = data[i + 1];
            // Start-of-frame markers carry the size; DHT (C4), JPG (C8) and DAC (CC) share the range but do not.
            if (marker is >= 0xC0 and <= 0xCF and not (0xC4 or 0xC8 or 0xCC))
                return (BinaryPrimitives.ReadUInt16BigEndian(data[(i + 7)..]), BinaryPrimitives.ReadUInt16BigEndian(data[(i + 5)..]));
            i += 2 + BinaryPrimitives.ReadUInt16BigEndian(data[(i + 2)..]);
        }
        return null;
    }

    public static (int Width, int Height)? Svg(string text)
    {
        var root = SvgRoot().Match(text);
        if (!root.Success) return null;
        var attributes = root.Value;
        if (Number(attributes, "width") is { } w && Number(attributes, "height") is { } h) return (w, h);
        var viewBox = ViewBox().Match(attributes);
        if (!viewBox.Success) return null;
        var parts = viewBox.Groups[1].Value.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 4 && double.TryParse(parts[2], CultureInfo.InvariantCulture, out var vw) && double.TryParse(parts[3], CultureInfo.InvariantCulture, out var vh)
            ? ((int)Math.Round(vw), (int)Math.Round(vh)) : null;
    }

    private static int? Number(string attributes, string name)
    {
        var match = Regex.Match(attributes, $@"\s{name}\s*=\s*[""']\s*([0-9.]+)(px)?\s*[""']");
        return match.Success && double.TryParse(match.Groups[1].Value, CultureInfo.InvariantCulture, out var value) ? (int)Math.Round(value) : null;
    }

    [GeneratedRegex(@"<svg\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex SvgRoot();

    [GeneratedRegex(@"viewBox\s*=\s*[""']([^""']+)[""']", RegexOptions.IgnoreCase)]
    private static partial Regex ViewBox();
}
