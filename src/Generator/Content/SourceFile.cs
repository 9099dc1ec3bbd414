using System.Buffers;
using System.Text.Unicode;

namespace Generator.Content;

/// <summary>A content file decoded to text: BOM removed, line endings normalised to <c>\n</c>.</summary>
internal sealed record SourceFile(string RelativePath, string Text)
{
    /// <summary>Text files larger than this are refused unless site.yml raises the limit (<c>max_file_size_mb</c>).</summary>
    public const long DefaultMaxBytes = 10L * 1024 * 1024;

    /// <summary>
    /// Reads a file strictly as UTF-8; invalid bytes are an error pointing at their line and column, and so are
    /// characters XML cannot hold. Links out of the site, FIFOs, devices and oversized files are refused unread.
    /// </summary>
    public static SourceFile? Read(string siteRoot, string fullPath, DiagnosticBag diagnostics, long maxBytes = DefaultMaxBytes)
    {
        var relative = RelativeTo(siteRoot, fullPath);
        if (ReadBytes(siteRoot, fullPath, relative, maxBytes, diagnostics) is not { } bytes) return null;
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
            return XmlChars.Report(text, relative, 1, diagnostics) ? null : new SourceFile(relative, text);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static byte[]? ReadBytes(string siteRoot, string fullPath, string relative, long maxBytes, DiagnosticBag diagnostics)
    {
        if (InputTree.Check(fullPath, relative, RealPath.Resolve(siteRoot), diagnostics) is not { } real) return null;
        if (FileKinds.Of(real) != FileKind.Regular)
        {
            diagnostics.Error(SourceLocation.FileStart(relative), DiagnosticCodes.UnreadableFile,
                $"'{relative}' is not a regular file (a folder, FIFO, socket or device)");
            return null;
        }
        try
        {
            using var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            if (stream.Length > maxBytes)
            {
                diagnostics.Error(SourceLocation.FileStart(relative), DiagnosticCodes.FileTooLarge,
                    $"file is {stream.Length / 1024.0 / 1024.0:0.#} MB, over the limit of {maxBytes / 1024.0 / 1024.0:0.#} MB (raise max_file_size_mb in site.yml if it is meant to be this large)");
                return null;
            }
            var bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
            return bytes;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(SourceLocation.FileStart(relative), DiagnosticCodes.UnreadableFile, $"cannot read '{relative}': {e.Message}");
            return null;
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
