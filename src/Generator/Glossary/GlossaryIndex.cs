using Generator.Content;
using Generator.Markdown;
using Generator.Site;
using Markdig;

namespace Generator.Glossary;

/// <summary>
/// The Glossary stage: all terms of the site, ready to link into articles. Built once per build.
/// </summary>
public sealed class GlossaryIndex
{
    private GlossaryIndex(IReadOnlyList<GlossaryTerm> terms) => Terms = terms;

    public IReadOnlyList<GlossaryTerm> Terms { get; }

    public static GlossaryIndex Build(IReadOnlyList<GlossaryTerm> terms, DiagnosticBag diagnostics) => new(terms);

    /// <summary>Markdig extensions this stage adds to the build's pipeline.</summary>
    public IEnumerable<IMarkdownExtension> Extensions(SiteUrls urls) => [];

    public RenderedArticle RenderArticle(MarkdownConverter markdown, Article article) =>
        new(article, markdown.Convert(article.Body), []);

    public RenderedTerm RenderTerm(MarkdownConverter markdown, GlossaryTerm term) => new(term, markdown.Convert(term.Body));
}
