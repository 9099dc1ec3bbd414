using Generator.Content;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Generator.Markdown;

/// <summary>
/// Depth limits for bodies. Markdig, AngleSharp (search excerpts, check) and browsers all handle nesting recursively
/// or in quadratic time: 50,000 nested <c>*</c> overflow the stack, 50,000 nested <c>&lt;div&gt;</c> never finish.
/// No article needs more than a few levels, so past <see cref="Max"/> the body is an error.
/// </summary>
internal static class NestingDepth
{
    public const int Max = 100;

    private static readonly HashSet<string> VoidElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "p", "li",
    };

    public static RenderedMarkdown TooDeep(int line, string message) =>
        RenderedMarkdown.Refused(new MarkdownIssue(line, 0, Severity.Error, DiagnosticCodes.TooDeep, message));

    /// <summary>The deepest nesting of blocks and inlines, walked without recursion, and the object found there.</summary>
    public static (int Depth, MarkdownObject Deepest) Of(MarkdownDocument document)
    {
        var deepest = (Depth: 0, Object: (MarkdownObject)document);
        var pending = new Stack<(MarkdownObject Node, int Depth)>([(document, 0)]);
        while (pending.TryPop(out var item))
        {
            if (item.Depth > deepest.Depth) deepest = (item.Depth, item.Node);
            if (item.Depth > Max) break;
            switch (item.Node)
            {
                case ContainerBlock container:
                    foreach (var child in container) pending.Push((child, item.Depth + 1));
                    break;
                case LeafBlock { Inline: { } inline }:
                    pending.Push((inline, item.Depth + 1));
                    break;
                case ContainerInline inlines:
                    for (var child = inlines.FirstChild; child is not null; child = child.NextSibling) pending.Push((child, item.Depth + 1));
                    break;
            }
        }
        return deepest;
    }

    /// <summary>How deeply the tags of rendered HTML nest (raw HTML included), in one pass over the text. Elements
    /// whose end tag may be left out (p, li) and void elements do not count.</summary>
    public static int OfHtml(string html)
    {
        var depth = 0;
        var max = 0;
        for (var i = html.IndexOf('<'); i >= 0 && i < html.Length - 1; i = html.IndexOf('<', i + 1))
        {
            if (html.AsSpan(i).StartsWith("<!--"))
            {
                var end = html.IndexOf("-->", i, StringComparison.Ordinal);
                if (end < 0) break;
                i = end;
                continue;
            }
            var closing = html[i + 1] == '/';
            var nameStart = closing ? i + 2 : i + 1;
            var nameEnd = nameStart;
            while (nameEnd < html.Length && char.IsAsciiLetterOrDigit(html[nameEnd])) nameEnd++;
            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart])) continue;
            if (VoidElements.Contains(html[nameStart..nameEnd])) continue;
            var close = html.IndexOf('>', nameEnd);
            if (close < 0) break;
            if (closing) depth = Math.Max(0, depth - 1);
            else if (html[close - 1] != '/') max = Math.Max(max, ++depth);
        }
        return max;
    }
}
