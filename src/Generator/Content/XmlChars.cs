namespace Generator.Content;

/// <summary>
/// Characters XML 1.0 cannot hold (C0 controls other than tab and newline, U+FFFE, U+FFFF). Feeds and sitemaps are
/// XML, so such a character anywhere in content would break them; they are errors at their position, in bodies and
/// front matter alike, rather than being silently dropped from some outputs and kept in others.
/// </summary>
internal static class XmlChars
{
    public static bool IsInvalid(char c) => (c < 0x20 && c is not ('\t' or '\n' or '\r')) || c is '\uFFFE' or '\uFFFF';

    public static int IndexOfInvalid(string text)
    {
        for (var i = 0; i < text.Length; i++)
            if (IsInvalid(text[i])) return i;
        return -1;
    }

    /// <summary>Reports the first invalid character of <paramref name="text"/> (which starts at file line
    /// <paramref name="firstLine"/>, column 1) and how many follow; true when there was one.</summary>
    public static bool Report(string text, string path, int firstLine, DiagnosticBag diagnostics)
    {
        var index = IndexOfInvalid(text);
        if (index < 0) return false;
        var lineStart = index == 0 ? 0 : text.LastIndexOf('\n', index - 1) + 1;
        var line = firstLine + text.AsSpan(0, index).Count('\n');
        var more = 0;
        for (var i = index + 1; i < text.Length; i++)
            if (IsInvalid(text[i])) more++;
        diagnostics.Error(new SourceLocation(path, line, index - lineStart + 1), DiagnosticCodes.InvalidCharacter, Describe(text[index])
            + (more > 0 ? $" ({more} more in this file)" : ""));
        return true;
    }

    public static string Describe(char c) =>
        $"the control character U+{(int)c:X4} cannot appear in a web page or feed; delete it (it is often pasted in invisibly)";
}
