using System.Buffers;
using Markdig.Helpers;

namespace Generator.Markdown;

/// <summary>
/// Counts, in one pass over the text of each paragraph, heading or table of a body, what Markdig's inline pass would
/// otherwise do superlinear work on (<see cref="MarkdownLimits"/>). Code spans are found first (in linear time) and
/// left out, as Markdig leaves them; elsewhere the counts err on the high side.
/// </summary>
/// <param name="opening">For each ASCII character, whether it starts an inline element.</param>
/// <param name="counted">Every character the counts look at (the rest of the text is skipped over in bulk).</param>
internal sealed class InlineScan(bool[] opening, SearchValues<char> counted)
{
    /// <summary>Web addresses Markdig links by itself, and where their ':' (or '.') is.</summary>
    private static readonly (string Prefix, int Mark)[] WebAddresses = [("http://", 4), ("https://", 5), ("ftp://", 3), ("mailto:", 6), ("www.", 3)];

    /// <summary>What <see cref="Counts"/> looks at besides the characters that start inline elements.</summary>
    public const string Counted = " \t()[]|<\\*_~^=+\":.`";

    private static readonly SearchValues<char> OpenerCharacters = SearchValues.Create("\\`>");

    private readonly List<(int Line, int Column, int Offset, int Length)> backticks = [];
    private readonly List<(int Start, int End)> codeSpans = [];
    private readonly List<(int Line, int Column, int At, int Parens)> addresses = [];
    private int elements, links;
    private int lastCommentEnd, lastInstructionEnd, lastTagEnd;

    /// <summary>The first limit this leaf block passes, or null; body-wide counts carry on to the next leaf.</summary>
    public MarkdownIssue? Leaf(StringLineGroup lines) => Openers(lines) ?? Counts(lines);

    /// <summary>Matches each backtick run with the next run of the same length (CommonMark's rule) in linear time, and
    /// notes where the last "-->", "?>" and ">" are: an opener after them is never closed.</summary>
    private MarkdownIssue? Openers(StringLineGroup lines)
    {
        backticks.Clear();
        codeSpans.Clear();
        (lastCommentEnd, lastInstructionEnd, lastTagEnd) = (-1, -1, -1);
        for (int k = 0, offset = 0; k < lines.Count; offset += lines.Lines[k].Slice.Length + 1, k++)
        {
            var line = lines.Lines[k];
            var text = line.Slice.AsSpan();
            for (var p = 0; p < text.Length; p++)
            {
                var skip = text[p..].IndexOfAny(OpenerCharacters);
                if (skip < 0) break;
                p += skip;
                if (text[p] == '\\' && p + 1 < text.Length && CharHelper.IsAsciiPunctuation(text[p + 1])) p++;
                else if (text[p] == '`')
                {
                    var length = text[p..].IndexOfAnyExcept('`') is var n and >= 0 ? n : text.Length - p;
                    backticks.Add((line.Line, line.Column + p, offset + p, length));
                    p += length - 1;
                }
                else if (text[p] == '>')
                {
                    lastTagEnd = offset + p;
                    if (p >= 2 && text[(p - 2)..].StartsWith("-->")) lastCommentEnd = offset + p;
                    if (p >= 1 && text[p - 1] == '?') lastInstructionEnd = offset + p;
                }
            }
        }
        if (backticks.Count == 0) return null;
        var next = new int[backticks.Count];
        var last = new Dictionary<int, int>();
        for (var i = backticks.Count - 1; i >= 0; i--)
        {
            next[i] = last.GetValueOrDefault(backticks[i].Length, -1);
            last[backticks[i].Length] = i;
        }
        var unclosed = 0;
        for (var i = 0; i < backticks.Count;)
        {
            if (next[i] >= 0)
            {
                codeSpans.Add((backticks[i].Offset, backticks[next[i]].Offset + backticks[next[i]].Length));
                i = next[i] + 1;
                continue;
            }
            if (++unclosed > MarkdownLimits.Unclosed)
                return MarkdownLimits.Passed(backticks[i].Line, backticks[i].Column, UnclosedMessage);
            i++;
        }
        return null;
    }

    private MarkdownIssue? Counts(StringLineGroup lines)
    {
        var (emphasis, brackets, cells, webAddresses, unclosed, span) = (0, 0, 0, 0, 0, 0);
        for (int k = 0, offset = 0; k < lines.Count; offset += lines.Lines[k].Slice.Length + 1, k++)
        {
            var line = lines.Lines[k];
            var text = line.Slice.AsSpan();
            var (parens, pipes) = (0, 0);
            addresses.Clear();
            if (k > 0 && ++elements > MarkdownLimits.InlineElements) return At(line, 0, InlineElementsMessage);
            for (var p = 0; p < text.Length; p++)
            {
                var skip = text[p..].IndexOfAny(counted);
                if (skip < 0) break;
                p += skip;
                while (span < codeSpans.Count && codeSpans[span].End <= offset + p) span++;
                if (span < codeSpans.Count && codeSpans[span].Start <= offset + p)
                {
                    p = Math.Min(text.Length, codeSpans[span].End - offset) - 1;
                    continue;
                }
                var c = text[p];
                if (c < 128 && opening[c] && ++elements > MarkdownLimits.InlineElements) return At(line, p, InlineElementsMessage);
                if (LongAddress(p) is { } address) return address;
                switch (c)
                {
                    case '\\' when p + 1 < text.Length && CharHelper.IsAsciiPunctuation(text[p + 1]):
                        p++;
                        break;
                    case ' ' or '\t':
                        parens = 0; // a space ends every link address open on the line
                        addresses.Clear();
                        break;
                    case '[':
                        if (++brackets > NestingDepth.Max) return MarkdownLimits.TooDeep(line.Line, line.Column + p, brackets, "brackets ([) left open");
                        break;
                    case ']':
                        brackets = Math.Max(0, brackets - 1);
                        if (p + 1 < text.Length && text[p + 1] is '(' or '[' && ++links > MarkdownLimits.Links) return At(line, p, LinksMessage);
                        if (p + 1 < text.Length && text[p + 1] == '(') addresses.Add((line.Line, line.Column + p + 2, p + 2, parens));
                        break;
                    case '(':
                        parens++;
                        break;
                    case ')':
                        parens--;
                        while (addresses.Count > 0 && addresses[^1].Parens >= parens) addresses.RemoveAt(addresses.Count - 1);
                        break;
                    case '|':
                        if (++cells > MarkdownLimits.TableCells) return At(line, p, CellsMessage);
                        if (++pipes > MarkdownLimits.TableColumns + 1) return At(line, p, ColumnsMessage); // "| a | b |": 2 columns, 3 pipes
                        break;
                    case '<' when Unclosed(text[p..], offset + p) && ++unclosed > MarkdownLimits.Unclosed:
                        return At(line, p, UnclosedMessage);
                    case ':' or '.' when WebAddressAt(text, p) is var start and >= 0:
                        if (++webAddresses > MarkdownLimits.WebAddresses) return At(line, start, WebAddressesMessage);
                        if (++links > MarkdownLimits.Links) return At(line, start, LinksMessage);
                        break;
                    case '*' or '_' or '~' or '^' or '=' or '+' or '"' or ':':
                        var run = text[p..].IndexOfAnyExcept(c) is var n and >= 0 ? n : text.Length - p;
                        if (IsEmphasis(text, p, run) && ++emphasis > MarkdownLimits.EmphasisMarks) return At(line, p, EmphasisMessage);
                        p += run - 1;
                        break;
                }
            }
            if (LongAddress(text.Length) is { } unended) return unended;
        }
        return null;
    }

    /// <summary>The oldest link address still open on the line, once it runs on past the limit.</summary>
    private MarkdownIssue? LongAddress(int p) => addresses.Count > 0 && p - addresses[0].At > MarkdownLimits.LinkAddress
        ? MarkdownLimits.Passed(addresses[0].Line, addresses[0].Column,
            $"this link's address runs on for more than {MarkdownLimits.LinkAddress:N0} characters without a space or a closing ')'")
        : null;

    /// <summary>Where a web address Markdig would link ("https://", "www.") starts, given its ':' or '.'; else -1.</summary>
    private static int WebAddressAt(ReadOnlySpan<char> text, int mark)
    {
        foreach (var (prefix, at) in WebAddresses)
            if (mark >= at && text[mark] == prefix[at] && text[(mark - at)..].StartsWith(prefix)) return mark - at;
        return -1;
    }

    private static MarkdownIssue At(StringLine line, int p, string message) => MarkdownLimits.Passed(line.Line, line.Column + p, message);

    /// <summary>An HTML comment, processing instruction or declaration that nothing after it closes: Markdig looks for
    /// its end up to the end of the paragraph.</summary>
    private bool Unclosed(ReadOnlySpan<char> text, int offset) =>
        text.StartsWith("<!--") ? offset > lastCommentEnd
        : text.StartsWith("<?") ? offset > lastInstructionEnd
        : text.StartsWith("<!") && text.Length > 2 && (char.IsAsciiLetter(text[2]) || text[2] == '[') && offset > lastTagEnd;

    /// <summary>Whether a run of marks may open or close emphasis: "==", "++", "::" and '""' need two (mark, insert,
    /// container, citation); an underscore inside a word is a letter of it.</summary>
    private static bool IsEmphasis(ReadOnlySpan<char> text, int start, int run) => text[start] switch
    {
        '=' or '+' or ':' or '"' => run >= 2,
        '_' => !(start > 0 && char.IsLetterOrDigit(text[start - 1]) && start + run < text.Length && char.IsLetterOrDigit(text[start + run])),
        _ => true,
    };

    private static readonly string InlineElementsMessage =
        $"more than {MarkdownLimits.InlineElements:N0} inline elements (links, emphasis, entities, HTML tags, table cells, lines of paragraphs) in this body";

    private static readonly string LinksMessage = $"more than {MarkdownLimits.Links:N0} links and images in this body";

    private static readonly string CellsMessage = $"more than {MarkdownLimits.TableCells:N0} table cells in this table or paragraph";

    private static readonly string ColumnsMessage = $"more than {MarkdownLimits.TableColumns} table columns in this row";

    private static readonly string WebAddressesMessage = $"more than {MarkdownLimits.WebAddresses} web addresses (https://…, www.…) in this paragraph";

    private static readonly string EmphasisMessage =
        $"more than {MarkdownLimits.EmphasisMarks} emphasis marks (*, _, ~, ^, ==, ++) in this paragraph, heading or table";

    private static readonly string UnclosedMessage =
        $"more than {MarkdownLimits.Unclosed} backticks or HTML comments (<!--, <?, <!) in this paragraph are never closed";
}
