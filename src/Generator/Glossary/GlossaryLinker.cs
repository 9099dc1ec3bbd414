using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Generator.Glossary;

/// <summary>
/// Links the terms of one parsed document, in reading order, each at its first occurrence. Text in headings, links,
/// images' alt text, code and raw HTML is never linked; a match never spans two literals, so emphasis that cuts a
/// term apart leaves it unlinked, while a term wholly inside emphasis is linked.
/// </summary>
internal sealed class GlossaryLinker(TermMatcher matcher, GlossaryUrlReader urls, GlossaryLinkSession session)
{
    /// <summary>One inline of a block in reading order, with the first and last characters it shows (for word
    /// boundaries; none when it shows nothing). Only those two: a literal's text is not copied out of the source.</summary>
    private readonly record struct Piece(Inline Inline, bool Shows, char First, char Last, bool Linkable)
    {
        public Piece(Inline inline, ReadOnlySpan<char> shown, bool linkable)
            : this(inline, shown.Length > 0, shown.Length > 0 ? shown[0] : '\0', shown.Length > 0 ? shown[^1] : '\0', linkable)
        {
        }
    }

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

    // One document's blocks are linked one after another: the same two buffers serve them all.
    private readonly List<Piece> pieces = [];
    private readonly Stack<(Inline? Next, bool InsideLink)> pending = new();

    private void LinkBlock(ContainerInline root)
    {
        pieces.Clear();
        Collect(root);
        for (var i = 0; i < pieces.Count; i++)
        {
            if (pieces[i] is { Linkable: true, Inline: LiteralInline literal })
                LinkLiteral(literal, CharBefore(i), CharAfter(i));
        }
    }

    /// <summary>The pieces of a block in reading order. Iterative, with an explicit stack: emphasis nested 25,000 deep
    /// would overflow the call stack of a recursive walk.</summary>
    private void Collect(ContainerInline root)
    {
        var htmlDepth = 0;
        pending.Clear();
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
                    pieces.Add(new Piece(literal, literal.Content.AsSpan(), !frame.InsideLink && htmlDepth == 0));
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

    private char CharBefore(int index)
    {
        for (var i = index - 1; i >= 0; i--)
            if (pieces[i].Shows) return pieces[i].Last;
        return '\0';
    }

    private char CharAfter(int index)
    {
        for (var i = index + 1; i < pieces.Count; i++)
            if (pieces[i].Shows) return pieces[i].First;
        return '\0';
    }

    private void LinkLiteral(LiteralInline literal, char before, char after)
    {
        var content = literal.Content;
        List<TermMatch>? toLink = null;
        foreach (var match in matcher.Find(content.AsSpan(), before, after))
        {
            var slug = match.Form.Term.Slug;
            if (!session.ShouldLink(slug)) continue;
            session.Record(slug);
            (toLink ??= []).Add(match);
        }
        if (toLink is not null) LiteralSplitter.Split(literal, toLink);
    }
}
