namespace Generator.Glossary;

/// <summary>
/// Tracks whether text sits inside an element written as raw inline HTML (<c>&lt;a href="…"&gt;AI&lt;/a&gt;</c>),
/// where a link of ours could nest inside the author's own markup.
/// </summary>
internal static class RawHtml
{
    private static readonly HashSet<string> VoidElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    };

    /// <summary>
    /// The text a tag stands for between words: a line break or image separates words, while formatting tags do not
    /// ("MCP&lt;b&gt;X&lt;/b&gt;" reads as one word).
    /// </summary>
    public static string ShownText(string? tag)
    {
        var voidOrSelfClosing = DepthChange(tag) == 0 && tag is { Length: > 1 } && char.IsAsciiLetter(tag[1]);
        return voidOrSelfClosing && !TagName(tag!).Equals("wbr", StringComparison.OrdinalIgnoreCase) ? "\0" : "";
    }

    /// <summary>+1 for an opening tag, -1 for a closing tag, 0 for void and self-closing tags and comments.</summary>
    public static int DepthChange(string? tag)
    {
        if (string.IsNullOrEmpty(tag) || tag[0] != '<' || tag.Length < 2) return 0;
        if (tag[1] == '/') return -1;
        if (tag[1] is '!' or '?' || tag.EndsWith("/>", StringComparison.Ordinal)) return 0;
        return VoidElements.Contains(TagName(tag)) ? 0 : 1;
    }

    private static string TagName(string tag)
    {
        var start = tag.Length > 1 && tag[1] == '/' ? 2 : 1;
        var end = start;
        while (end < tag.Length && (char.IsAsciiLetterOrDigit(tag[end]) || tag[end] == '-')) end++;
        return tag[start..end];
    }
}
