using System.Text.RegularExpressions;
using Generator.Content;

namespace Generator.Check;

/// <summary>
/// Finds placeholders left in published content (TODO, TBD, lorem ipsum) in titles, summaries, descriptions, glossary
/// definitions and bodies. Code (fenced blocks and `spans`) is skipped, since a TODO there is part of an example.
/// </summary>
internal sealed partial class PlaceholderCheck(CheckedSite site, FindingSink findings)
{
    public void Run()
    {
        foreach (var post in site.Model.Posts.Select(p => p.Article))
            Check(post.SourcePath, [("title", post.Title), ("summary", post.Summary)], post.BodyLine);
        foreach (var term in site.Model.Terms.Select(t => t.Term))
            Check(term.SourcePath, [("term", term.Term), ("short", term.Short)], term.BodyLine);
        foreach (var page in site.Model.Pages.Select(p => p.Page))
            Check(page.SourcePath, [("title", page.Title), ("description", page.Description)], page.BodyLine);
    }

    /// <summary>The body is read from the file (check keeps no post's Markdown), one file at a time.</summary>
    private void Check(string path, (string Key, string? Value)[] fields, int bodyLine)
    {
        var text = site.ReadSource(path) ?? "";
        var body = CheckedSite.BodyOf(text, bodyLine);
        foreach (var (key, value) in fields)
        {
            if (value is null || Placeholder().Match(value) is not { Success: true } match) continue;
            Report(FieldLocation(path, text, key, match.Value), match.Value, $"'{key}'");
        }
        var inFence = false;
        var lines = body.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (Fence().IsMatch(lines[i])) inFence = !inFence;
            if (inFence) continue;
            var prose = CodeSpan().Replace(lines[i], m => new string(' ', m.Length));
            if (Placeholder().Match(prose) is { Success: true } match)
                Report(new SourceLocation(path, bodyLine + i, match.Index + 1), match.Value, "the text");
        }
    }

    private void Report(SourceLocation at, string placeholder, string where) =>
        findings.Add(new Diagnostic(at, Severity.Warning, CheckCodes.Placeholder,
            $"placeholder '{placeholder}' left in {where}; replace it before publishing"));

    /// <summary>The placeholder on the key's line (or a line after it, for values that span lines), else the key.</summary>
    private static SourceLocation FieldLocation(string path, string text, string key, string placeholder)
    {
        var keyLine = Regex.Match(text, $@"^{Regex.Escape(key)}\s*:", RegexOptions.Multiline);
        if (!keyLine.Success) return SourceLocation.FileStart(path);
        var index = text.IndexOf(placeholder, keyLine.Index, StringComparison.OrdinalIgnoreCase);
        return CheckedSite.At(path, text, index >= 0 ? index : keyLine.Index);
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(TODO|TBD|(?i:lorem ipsum))(?![\p{L}\p{N}])")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"^ {0,3}(```|~~~)")]
    private static partial Regex Fence();

    [GeneratedRegex(@"`+[^`]*`+")]
    private static partial Regex CodeSpan();
}
