using Generator.Content;
using Generator.Markdown;
using Generator.Site;
using Markdig;

namespace Generator.Glossary;

/// <summary>
/// The Glossary stage: every form of every term in one <see cref="TermMatcher"/>, built once per build, and the
/// Markdig extension that links them. Articles and term pages are rendered here, each with its own
/// <see cref="GlossaryLinkSession"/>, so the terms an article linked become its backlinks.
/// </summary>
internal sealed class GlossaryIndex
{
    private readonly TermMatcher matcher;
    private readonly HashSet<string> slugs;

    private GlossaryIndex(IReadOnlyList<GlossaryTerm> terms, TermMatcher matcher)
    {
        Terms = terms;
        this.matcher = matcher;
        slugs = terms.Select(t => t.Slug).ToHashSet(StringComparer.Ordinal);
    }

    public IReadOnlyList<GlossaryTerm> Terms { get; }

    public static GlossaryIndex Build(IReadOnlyList<GlossaryTerm> terms, DiagnosticBag diagnostics)
    {
        var forms = terms.SelectMany(TermForm.Of).ToList();
        var written = forms.Where(f => f.Kind != FormKind.Plural).ToList();
        GlossaryConflicts.Report(written, diagnostics);
        // Forms authors wrote come first, so where a generated plural meets another term's alias, the alias wins.
        return new GlossaryIndex(terms, TermMatcher.Build(written.Concat(forms.Where(f => f.Kind == FormKind.Plural))));
    }

    /// <summary>Markdig extensions this stage adds to the build's pipeline.</summary>
    public IEnumerable<IMarkdownExtension> Extensions(SiteUrls urls) => [new GlossaryLinkExtension(matcher, slugs, urls)];

    /// <summary>
    /// The terms a plain text mentions, found exactly as the linker finds them (same forms, case and word rules), each
    /// once, with the spelling used first. <c>check</c> uses it on posts that switched linking off.
    /// </summary>
    public IReadOnlyList<(GlossaryTerm Term, string Spelling)> Mentions(string text)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<(GlossaryTerm, string)>();
        foreach (var match in matcher.Find(text))
            if (seen.Add(match.Form.Term.Slug)) result.Add((match.Form.Term, text.Substring(match.Start, match.Length)));
        return result;
    }
}
