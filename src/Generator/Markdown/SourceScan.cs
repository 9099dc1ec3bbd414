namespace Generator.Markdown;

/// <summary>
/// The limits Markdig's block pass would pass before anything can stop it, checked on the Markdown text in one pass
/// before parsing: how many lines the body has, how deeply each line nests lists, quotes and <c>:::</c> containers
/// (Markdig's block pass is cubic in that depth: a list nested 3,000 levels by indentation ran for minutes before
/// Markdig's own depth error), and how many link reference definitions and footnotes the body defines. Lines are
/// judged by their start alone, code blocks included (an error about what Markdig would do differently there could
/// let a hostile body through), so each count errs on the high side; the limits are far above real text.
/// </summary>
internal static class SourceScan
{
    /// <summary>The first limit passed, or null. Lines and columns are 0-based within the body.</summary>
    public static MarkdownIssue? Check(string body)
    {
        var counts = new Counts();
        var line = 0;
        for (var start = 0; start <= body.Length; line++)
        {
            var end = body.IndexOf('\n', start);
            if (end < 0) end = body.Length;
            if (line >= MarkdownLimits.Lines) return MarkdownLimits.Passed(line, 0, $"this body has more than {MarkdownLimits.Lines:N0} lines");
            if (Line(body.AsSpan(start, end - start), line, ref counts) is { } issue) return issue;
            start = end + 1;
        }
        return null;
    }

    private struct Counts
    {
        public int References, Footnotes, OpenContainers;
    }

    private static MarkdownIssue? Line(ReadOnlySpan<char> text, int line, ref Counts counts)
    {
        // The container prefix: quote and list markers, each a level, and the indentation before them, where every
        // two columns may open a level too (a nested list item is indented by at least two). The spaces a marker
        // takes with it ("> ", "-   ") are part of it.
        var (i, markers, columns) = (0, 0, 0);
        while (i < text.Length)
        {
            if (text[i] is ' ' or '\t')
            {
                columns += text[i] == '\t' ? 4 - columns % 4 : 1;
                i++;
                continue;
            }
            var length = text[i] == '>' ? 1 : ListMarkerLength(text[i..]);
            if (length == 0) break;
            var depth = ++markers + columns / 2 + counts.OpenContainers;
            if (depth > NestingDepth.Max) return MarkdownLimits.TooDeep(line, i, depth);
            i += length;
            for (var taken = 0; i < text.Length && text[i] == ' ' && taken < (length == 1 && text[i - 1] == '>' ? 1 : 4); taken++) i++;
        }
        var rest = text[i..];
        if (rest.StartsWith(":::"))
        {
            counts.OpenContainers += rest.TrimStart(':').IsWhiteSpace() && counts.OpenContainers > 0 ? -1 : 1;
            if (counts.OpenContainers > MarkdownLimits.Containers)
                return MarkdownLimits.Passed(line, i, $"more than {MarkdownLimits.Containers} ::: containers are open here (is a closing ::: missing?)");
        }

        if (!rest.StartsWith("[") || rest.IndexOf("]:") is not (> 1 and var close) || rest[..close].Contains(']')) return null;
        if (rest.StartsWith("[^"))
        {
            if (++counts.Footnotes > MarkdownLimits.Footnotes)
                return MarkdownLimits.Passed(line, i, $"more than {MarkdownLimits.Footnotes} footnotes are defined in this body");
        }
        else if (++counts.References > MarkdownLimits.ReferenceDefinitions)
            return MarkdownLimits.Passed(line, i, $"more than {MarkdownLimits.ReferenceDefinitions} link reference definitions ([name]: url) in this body");
        return null;
    }

    /// <summary>"-", "+", "*" or up to nine digits and "." or ")", followed by a space, a tab or the line's end.</summary>
    private static int ListMarkerLength(ReadOnlySpan<char> text)
    {
        var length = text[0] is '-' or '+' or '*' ? 1 : 0;
        if (length == 0)
        {
            while (length < text.Length && length < 9 && char.IsAsciiDigit(text[length])) length++;
            if (length == 0 || length == text.Length || text[length] is not ('.' or ')')) return 0;
            length++;
        }
        return length == text.Length || text[length] is ' ' or '\t' ? length : 0;
    }
}
