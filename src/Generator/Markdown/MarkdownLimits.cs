using Generator.Content;

namespace Generator.Markdown;

/// <summary>
/// Limits on one Markdown body that no real article reaches, checked before Markdig does the work they bound
/// (<see cref="SourceScan"/> on the text, <see cref="InlineScan"/> between Markdig's block and inline passes). Markdig
/// is quadratic or worse in each of these, and holds about a hundred bytes per element, so a few hundred kilobytes
/// well under the file size limit could run for minutes or take gigabytes. Past a limit the body is an error at the
/// place it was passed (GEN037; nesting is GEN025), found in one pass, before any parsing.
/// </summary>
internal static class MarkdownLimits
{
    /// <summary>Lines in one body (a long article has a few thousand): Markdig keeps a record of every line of a
    /// paragraph, and an element for each of its line breaks; 3 million short lines took 2 GB.</summary>
    public const int Lines = 200_000;

    /// <summary>Headings in one body (a long article has a few dozen).</summary>
    public const int Headings = 1_000;

    /// <summary>Link reference definitions (<c>[name]: url</c>) in one body: Markdig reads consecutive definitions in
    /// quadratic time (300,000 of them never finished).</summary>
    public const int ReferenceDefinitions = 100;

    /// <summary>Footnotes (<c>[^1]: text</c>) defined in one body (200,000 took 16 s and 600 MB).</summary>
    public const int Footnotes = 500;

    /// <summary><c>:::</c> containers open at once: Markdig looks at every open one on every line.</summary>
    public const int Containers = 16;

    /// <summary>Links and images (<c>](</c>, <c>][</c>, autolinks) in one body.</summary>
    public const int Links = 5_000;

    /// <summary>How far Markdig may read a link's address (after <c>](</c>) looking for its end (a space or the
    /// closing parenthesis): it reads it again for every link that opens inside it, so 128,000 <c>[a](</c> took
    /// minutes. Browsers and crawlers give up on longer URLs too.</summary>
    public const int LinkAddress = 2_048;

    /// <summary>Table cells in one table or paragraph, counted by their <c>|</c> separators, and columns in one of its
    /// rows (a 20,000-column table took 2.6 GB).</summary>
    public const int TableCells = 10_000, TableColumns = 100;

    /// <summary>Emphasis marks (runs of <c>*</c>, <c>_</c>, <c>~</c>, <c>^</c>, <c>==</c>, <c>++</c>) in one paragraph,
    /// heading or table: Markdig keeps every mark open until the paragraph ends, in time that grows with the square of
    /// their number.</summary>
    public const int EmphasisMarks = 128;

    /// <summary>Backtick runs that open no code span, and HTML comments (<c>&lt;!--</c>), processing instructions
    /// (<c>&lt;?</c>) and declarations (<c>&lt;!X</c>) that nothing closes, in one paragraph: Markdig looks for the end
    /// of each of them up to the end of the paragraph.</summary>
    public const int Unclosed = 64;

    /// <summary>Web addresses written out (<c>https://…</c>, <c>www.…</c>) in one paragraph: Markdig looks back over
    /// everything before each of them in its paragraph, to see whether it is inside a link.</summary>
    public const int WebAddresses = 100;

    /// <summary>Inline elements in one body: the characters that start one (<c>&amp;</c>, <c>&lt;</c>, <c>[</c>,
    /// <c>*</c>, <c>|</c>, a backtick …) and the line breaks inside paragraphs. Each costs Markdig about a hundred bytes
    /// while the body converts, and its HTML is repeated in feeds: 4.7 million <c>&amp;#</c> took a gigabyte.</summary>
    public const int InlineElements = 100_000;

    /// <summary>A limit passed: the issue to report, at its 0-based line and column in the body.</summary>
    public static MarkdownIssue Passed(int line, int column, string message) =>
        new(line, column, Severity.Error, DiagnosticCodes.OverLimit, message);

    public static MarkdownIssue TooDeep(int line, int column, int depth, string what = "lists, quotes or containers") =>
        new(line, column, Severity.Error, DiagnosticCodes.TooDeep, $"{what} are nested {depth} levels deep here; the limit is {NestingDepth.Max}");
}

/// <summary>Thrown from inside Markdig's parse when a limit is passed, so that it stops at once; caught by
/// <see cref="MarkdownConverter.Convert"/>.</summary>
internal sealed class MarkdownLimitException(MarkdownIssue issue) : Exception(issue.Message)
{
    public MarkdownIssue Issue { get; } = issue;
}
