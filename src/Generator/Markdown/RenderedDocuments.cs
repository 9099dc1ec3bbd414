using Generator.Content;
using Generator.Glossary;

namespace Generator.Markdown;

/// <summary>A post after the Markdown stage: its HTML and reading statistics, and the glossary terms it links.</summary>
internal sealed record RenderedArticle(Article Article, RenderedMarkdown Content, IReadOnlyList<string> LinkedTermSlugs)
{
    public string Slug => Article.Slug;
}

internal sealed record RenderedTerm(GlossaryTerm Term, RenderedMarkdown Content);

internal sealed record RenderedPage(Page Page, RenderedMarkdown Content);

/// <summary>
/// The Markdown stage's conversions of the three kinds of document, each with the glossary state the Glossary stage
/// gives it (<see cref="GlossaryIndex"/>): posts link terms and record which (their backlinks), pages link terms
/// without being backlinks, a term's page links the other terms it mentions but never its own.
/// </summary>
internal static class RenderedDocuments
{
    public static RenderedArticle Article(MarkdownConverter markdown, Article article)
    {
        var session = new GlossaryLinkSession(autoLink: article.GlossaryLinking);
        var content = markdown.Convert(article.Body, session.ToContext());
        return new RenderedArticle(article, content, session.LinkedTermSlugs);
    }

    /// <summary>Standalone pages (About) explain terms as posts do; they are not backlinks, since readers look for articles.</summary>
    public static RenderedPage Page(MarkdownConverter markdown, Page page) =>
        new(page, markdown.Convert(page.Body, new GlossaryLinkSession().ToContext()));

    /// <summary>Term pages link the other terms they mention, so terms explain each other; never their own term.</summary>
    public static RenderedTerm Term(MarkdownConverter markdown, GlossaryTerm term) =>
        new(term, markdown.Convert(term.Body, new GlossaryLinkSession(ownTermSlug: term.Slug).ToContext()));
}
