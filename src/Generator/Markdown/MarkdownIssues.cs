using Generator.Content;
using Markdig.Syntax;

namespace Generator.Markdown;

/// <summary>A problem found while converting one body; Line and Column are 0-based within the body, as Markdig counts.</summary>
internal sealed record MarkdownIssue(int Line, int Column, Severity Severity, string Code, string Message)
{
    public Diagnostic At(string path, int bodyLine) =>
        new(new SourceLocation(path, bodyLine + Math.Max(0, Line), Column + 1), Severity, Code, Message);
}

/// <summary>
/// Issues travel on the parsed document (Markdig's own per-object data), so extensions can record them while the
/// shared pipeline stays free of per-document state.
/// </summary>
internal static class MarkdownIssues
{
    private static readonly object Key = typeof(MarkdownIssues);

    public static void Add(MarkdownObject at, MarkdownDocument document, Severity severity, string code, string message)
    {
        if (document.GetData(Key) is not List<MarkdownIssue> issues) document.SetData(Key, issues = []);
        issues.Add(new MarkdownIssue(at.Line, at.Column, severity, code, message));
    }

    public static IReadOnlyList<MarkdownIssue> Of(MarkdownDocument document) => document.GetData(Key) as List<MarkdownIssue> ?? [];

    /// <summary>Reports every body's issues at file positions (the body starts at the file's BodyLine).</summary>
    public static void Report(IEnumerable<(string Path, int BodyLine, RenderedMarkdown Content)> bodies, DiagnosticBag diagnostics)
    {
        foreach (var (path, bodyLine, content) in bodies)
            foreach (var issue in content.Issues) diagnostics.Add(issue.At(path, bodyLine));
    }
}
