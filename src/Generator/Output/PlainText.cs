using System.Text;
using AngleSharp.Html.Parser;

namespace Generator.Output;

/// <summary>The readable text of rendered HTML, for search excerpts.</summary>
internal static class PlainText
{
    /// <summary>
    /// The text of <paramref name="html"/> with whitespace collapsed, cut at a word boundary to at most
    /// <paramref name="maxLength"/> characters (an ellipsis included). Footnotes, their markers and headings' permalinks are left out: they are not the story.
    /// </summary>
    public static string Excerpt(string html, int maxLength)
    {
        // An excerpt needs only the start of a post: parse a prefix first (a 10,000-post index otherwise parses every
        // whole post), and the whole post only when the prefix held too little text. The margin keeps whatever the cut
        // broke (half a tag or entity) beyond the excerpt's end.
        var prefixLength = maxLength * 16;
        if (html.Length > prefixLength && Text(html[..prefixLength]) is var start && start.Length > maxLength + 64)
            return Cut(start, maxLength);
        return Cut(Text(html), maxLength);
    }

    /// <summary>All of the readable text, for indexing a whole post.</summary>
    public static string All(string html) => Text(html);

    private static string Text(string html)
    {
        var document = new HtmlParser().ParseDocument("<!DOCTYPE html><html><body>" + html);
        // A heading's "#" permalink carries the interface's "Link to this section" (链接到本节): not the story, and in
        // Chinese its bigrams would make "本节" find every post with a heading.
        foreach (var hidden in document.Body!.QuerySelectorAll(".footnotes, .footnote-ref, .heading-anchor, script, style, template")) hidden.Remove();
        // Block elements end with a space so "…end of paragraph.Next paragraph" does not run together.
        foreach (var block in document.Body.QuerySelectorAll("p, li, h1, h2, h3, h4, h5, h6, td, th, dt, dd, blockquote, pre, div"))
            block.Append(document.CreateTextNode(" "));
        return Collapse(document.Body.TextContent);
    }

    private static string Cut(string text, int maxLength)
    {
        if (text.Length <= maxLength) return text;
        var cut = text.LastIndexOf(' ', maxLength - 1);
        var end = cut > maxLength / 2 ? cut : maxLength - 1; // text without spaces (Chinese, Japanese) is cut mid-run
        if (char.IsHighSurrogate(text[end - 1])) end--; // never split an emoji or a rare CJK character in two
        return text[..end].TrimEnd() + "…";
    }

    private static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var ch in text)
        {
            if (char.IsWhiteSpace(ch)) space = builder.Length > 0;
            else
            {
                if (space) builder.Append(' ');
                builder.Append(ch);
                space = false;
            }
        }
        return builder.ToString();
    }
}
