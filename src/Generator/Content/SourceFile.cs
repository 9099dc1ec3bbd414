using System.Buffers;
using System.Text.Unicode;

namespace Generator.Content;

/// <summary>A content file decoded to text: BOM removed, line endings normalised to <c>\n</c>.</summary>
public sealed record SourceFile(string RelativePath, string Text)
{
    /// <summary>Reads a file strictly as UTF-8; invalid bytes are an error pointing at their line and column.</summary>
    public static SourceFile? Read(string siteRoot, string fullPath, DiagnosticBag diagnostics)
    {
        var relative = RelativeTo(siteRoot, fullPath);
        var bytes = File.ReadAllBytes(fullPath);
        ReadOnlySpan<byte> span = bytes;
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) span = span[3..];

        var chars = ArrayPool<char>.Shared.Rent(span.Length + 1);
        try
        {
            var status = Utf8.ToUtf16(span, chars, out var bytesRead, out var written, replaceInvalidSequences: false);
            if (status != OperationStatus.Done)
            {
                var (line, column) = PositionOf(span[..bytesRead]);
                diagnostics.Error(new SourceLocation(relative, line, column), DiagnosticCodes.InvalidUtf8,
                    "file is not valid UTF-8 (save it with UTF-8 encoding)");
                return null;
            }
            var text = new string(chars, 0, written);
            if (text.Contains('\r')) text = text.Replace("\r\n", "\n").Replace('\r', '\n');
            return new SourceFile(relative, text);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    public static string RelativeTo(string siteRoot, string fullPath) =>
        Path.GetRelativePath(siteRoot, fullPath).Replace('\\', '/');

    private static (int Line, int Column) PositionOf(ReadOnlySpan<byte> validPrefix)
    {
        var line = 1 + validPrefix.Count((byte)'\n');
        var lastNewline = validPrefix.LastIndexOf((byte)'\n');
        var lineStart = validPrefix[(lastNewline + 1)..];
        // Columns count characters, not bytes, so a multi-byte character before the bad byte counts once.
        var column = 1 + System.Text.Encoding.UTF8.GetCharCount(lineStart);
        return (line, column);
    }
}
