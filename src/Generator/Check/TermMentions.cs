using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Generator.Content;

namespace Generator.Check;

/// <summary>
/// Finds glossary terms written as plain words (not links) in a post's rendered body. Spellings with two or more
/// capitals (GPU, MCP, Model Context Protocol) match case-sensitively, as README's glossary rules say for terms in
/// capitals, so "gpu" inside a URL slug or a lower-case word does not count; a term's case_sensitive overrides that.
/// </summary>
public sealed class TermMentions(IReadOnlyList<GlossaryTerm> terms)
{
    private static readonly HashSet<string> SkippedElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "code", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "script", "style",
    };

    private readonly IReadOnlyList<(GlossaryTerm Term, Regex Pattern)> patterns = terms
        .Select(t => (t, Pattern(t))).ToList();

    /// <summary>Each term mentioned in plain text, with the spelling used first.</summary>
    public IReadOnlyList<(GlossaryTerm Term, string Spelling)> In(string bodyHtml)
    {
        var document = new HtmlParser().ParseDocument("<!DOCTYPE html><html><body>" + bodyHtml + "</body></html>");
        var text = string.Join("\n", PlainTextNodes(document.Body!).Select(n => n.Data));
        var result = new List<(GlossaryTerm, string)>();
        foreach (var (term, pattern) in patterns)
            if (pattern.Match(text) is { Success: true } match) result.Add((term, match.Value));
        return result;
    }

    /// <summary>The first place <paramref name="spelling"/> appears in a Markdown body, as a word.</summary>
    public static int IndexIn(string markdown, string spelling)
    {
        var match = Regex.Match(markdown, Bounded(Regex.Escape(spelling)));
        return match.Success ? match.Index : -1;
    }

    private static IEnumerable<IText> PlainTextNodes(INode node)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text) yield return text;
            else if (child is IElement element && !SkippedElements.Contains(element.LocalName))
                foreach (var nested in PlainTextNodes(element)) yield return nested;
        }
    }

    private static Regex Pattern(GlossaryTerm term)
    {
        var spellings = term.Aliases.Prepend(term.Term).Where(s => s.Trim().Length > 0)
            .OrderByDescending(s => s.Length) // the longest spelling wins where one contains another
            .Select(s => (term.CaseSensitive ?? s.Count(char.IsUpper) >= 2 ? "" : "(?i:") + Regex.Escape(s) + (term.CaseSensitive ?? s.Count(char.IsUpper) >= 2 ? "" : ")"));
        return new Regex(Bounded("(?:" + string.Join("|", spellings) + ")"), RegexOptions.CultureInvariant);
    }

    private static string Bounded(string pattern) => @"(?<![\p{L}\p{N}])" + pattern + @"(?![\p{L}\p{N}])";
}
