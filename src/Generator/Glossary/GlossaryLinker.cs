using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Generator.Glossary;

/// <summary>
/// Links the terms of one parsed document, in reading order, each at its first occurrence. Text in headings, links,
/// images' alt text, code and raw HTML is never linked; a match never spans two literals, so emphasis that cuts a
/// term apart leaves it unlinked, while a term wholly inside emphasis is linked.
/// </summary>
public sealed class GlossaryLinker(TermMatcher matcher, GlossaryUrlReader urls, GlossaryLinkSession session)
{
    /// <summary>One inline of a block in reading order, with the text it shows (for word boundaries).</summary>
    private sealed record Piece(Inline Inline, string Text, bool Linkable);

    public void Link(MarkdownDocument document)
    {
        // A term the author linked by hand is linked where the author chose, even if it is mentioned earlier.
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (!link.IsImage && urls.TermSlugOf(link.Url) is { } slug) session.Record(slug);
        }
        if (!session.AutoLink) return;
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block is HeadingBlock || block.Inline is null) continue;
            LinkBlock(block.Inline);
        }
    }

    private void LinkBlock(ContainerInline root)
    {
        var pieces = new List<Piece>();
        Collect(root, pieces);
        for (var i = 0; i < pieces.Count; i++)
        {
            if (pieces[i] is { Linkable: true, Inline: LiteralInline literal })
                LinkLiteral(literal, CharBefore(pieces, i), CharAfter(pieces, i));
        }
    }

    /// <summary>The pieces of a block in reading order. Iterative, with an explicit stack: emphasis nested 25,000 deep
    /// would overflow the call stack of a recursive walk.</summary>
    private static void Collect(ContainerInline root, List<Piece> pieces)
    {
        var htmlDepth = 0;
        var pending = new Stack<(Inline? Next, bool InsideLink)>();
        pending.Push((root.FirstChild, false));
        while (pending.TryPop(out var frame))
        {
            if (frame.Next is not { } inline) continue;
            pending.Push((inline.NextSibling, frame.InsideLink)); // after this inline's children, its next sibling
            switch (inline)
            {
                case LinkInline link:
                    pieces.Add(new Piece(link, "", false));
                    pending.Push((link.FirstChild, true));
                    break;
                case ContainerInline child:
                    pending.Push((child.FirstChild, frame.InsideLink));
                    break;
                case LiteralInline literal:
                    pieces.Add(new Piece(literal, literal.Content.ToString(), !frame.InsideLink && htmlDepth == 0));
                    break;
                case HtmlInline html:
                    htmlDepth = Math.Max(0, htmlDepth + RawHtml.DepthChange(html.Tag));
                    pieces.Add(new Piece(html, RawHtml.ShownText(html.Tag), false));
                    break;
                default:
                    pieces.Add(new Piece(inline, ShownText(inline), false));
                    break;
            }
        }
    }

    private static string ShownText(Inline inline) => inline switch
    {
        CodeInline code => code.Content,
        HtmlEntityInline entity => entity.Transcoded.ToString(),
        LineBreakInline => "\n",
        AutolinkInline autolink => autolink.Url,
        _ => "\0", // math, footnote marks and the like: a boundary
    };

    private static char CharBefore(List<Piece> pieces, int index)
    {
        for (var i = index - 1; i >= 0; i--)
            if (pieces[i].Text.Length > 0) return pieces[i].Text[^1];
        return '\0';
    }

    private static char CharAfter(List<Piece> pieces, int index)
    {
        for (var i = index + 1; i < pieces.Count; i++)
            if (pieces[i].Text.Length > 0) return pieces[i].Text[0];
        return '\0';
    }

    private void LinkLiteral(LiteralInline literal, char before, char after)
    {
        var content = literal.Content;
        var toLink = new List<TermMatch>();
        foreach (var match in matcher.Find(content.AsSpan(), before, after))
        {
            var slug = match.Form.Term.Slug;
            if (!session.ShouldLink(slug)) continue;
            session.Record(slug);
            toLink.Add(match);
        }
        if (toLink.Count > 0) LiteralSplitter.Split(literal, toLink);
    }
}
