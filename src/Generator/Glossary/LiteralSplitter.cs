using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Generator.Glossary;

/// <summary>Cuts a literal into plain pieces and glossary links around the given matches, keeping source positions.</summary>
internal static class LiteralSplitter
{
    /// <param name="matches">non-overlapping, left to right, relative to the literal's content.</param>
    public static void Split(LiteralInline literal, IReadOnlyList<TermMatch> matches)
    {
        // Markdig's InsertBefore leaves the new inline's PreviousSibling unset, which breaks Descendants(); so every
        // piece goes in with InsertAfter, left to right, and the original literal is removed last.
        Inline last = literal;
        var cursor = 0;
        foreach (var match in matches)
        {
            if (match.Start > cursor) last = Append(last, Piece(literal, cursor, match.Start));
            var link = new GlossaryLinkInline(match.Form.Term) { IsClosed = true };
            CopyPosition(literal, match.Start, match.Start + match.Length, link);
            link.AppendChild(Piece(literal, match.Start, match.Start + match.Length));
            last = Append(last, link);
            cursor = match.Start + match.Length;
        }
        if (cursor < literal.Content.Length) Append(last, Piece(literal, cursor, literal.Content.Length));
        literal.Remove();
    }

    private static Inline Append(Inline after, Inline inline)
    {
        after.InsertAfter(inline);
        return inline;
    }

    private static LiteralInline Piece(LiteralInline literal, int from, int to)
    {
        var content = literal.Content;
        var piece = new LiteralInline(new StringSlice(content.Text, content.Start + from, content.Start + to - 1))
        {
            // An escaped first character ("\*") belongs to the first piece only.
            IsFirstCharacterEscaped = from == 0 && literal.IsFirstCharacterEscaped,
            IsClosed = true,
        };
        CopyPosition(literal, from, to, piece);
        return piece;
    }

    private static void CopyPosition(LiteralInline literal, int from, int to, Inline target)
    {
        target.Line = literal.Line;
        target.Column = literal.Column + from;
        if (!literal.Span.IsEmpty) target.Span = new SourceSpan(literal.Span.Start + from, literal.Span.Start + to - 1);
    }
}
