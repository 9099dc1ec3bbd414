using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Generator.Content;
using Generator.Glossary;

namespace Generator.Check;

/// <summary>
/// Finds glossary terms written as plain words (not links, code or headings) in a post's rendered body, with the
/// glossary's own matcher, so `check` and the linker never disagree about what counts as a mention.
/// </summary>
internal sealed class TermMentions(IReadOnlyList<GlossaryTerm> terms)
{
    private static readonly HashSet<string> SkippedElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "code", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "script", "style",
    };

    private readonly GlossaryIndex glossary = GlossaryIndex.Build(terms, new DiagnosticBag());

    /// <summary>Each term mentioned in plain text, with the spelling used first.</summary>
    public IReadOnlyList<(GlossaryTerm Term, string Spelling)> In(string bodyHtml)
    {
        var document = new HtmlParser().ParseDocument("<!DOCTYPE html><html><body>" + bodyHtml + "</body></html>");
        // Text nodes are joined with a line break, so a term never spans two of them.
        return glossary.Mentions(string.Join("\n", PlainTextNodes(document.Body!).Select(n => n.Data)));
    }

    /// <summary>The first place <paramref name="spelling"/> appears in a Markdown body, as a word.</summary>
    public static int IndexIn(string markdown, string spelling)
    {
        var match = Regex.Match(markdown, @"(?<![\p{L}\p{N}])" + Regex.Escape(spelling) + @"(?![\p{L}\p{N}])");
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
}
