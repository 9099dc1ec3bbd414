using Generator.Content;

namespace Generator.Site;

/// <summary>The Site stage: orders posts, groups them by tag, category and author, and finds glossary backlinks.</summary>
public static class SiteAssembler
{
    public static SiteModel Assemble(SiteConfig config, IEnumerable<RenderedArticle> articles, IEnumerable<RenderedTerm> terms,
        IEnumerable<RenderedPage> pages, DiagnosticBag diagnostics, StaticFiles? staticFiles = null, SiteLanguage? language = null)
    {
        language ??= new SiteLanguage(config.Language, config.Language, "");
        var ordered = articles.OrderByDescending(p => p.Article.Date).ThenBy(p => p.Slug, StringComparer.Ordinal).ToList();
        var (posts, tags) = TagGroups.Group(ordered, diagnostics);
        var categories = config.Categories
            .Select(c => new CategoryGroup(c, posts.Where(p => p.Article.CategoryId == c.Id).ToList())).ToList();
        var authors = config.Authors
            .Select(a => new AuthorGroup(a, posts.Where(p => p.Article.AuthorId == a.Id).ToList())).ToList();
        var termEntries = terms.OrderBy(t => t.Term.Term, StringComparer.OrdinalIgnoreCase)
            .Select(t => new TermEntry(t, posts.Where(p => p.LinkedTermSlugs.Contains(t.Term.Slug)).ToList())).ToList();
        var orderedPages = pages.OrderBy(p => p.Page.Slug, StringComparer.Ordinal).ToList();
        return new SiteModel(config, new SiteUrls(config.BaseUrl, language.Prefix), posts, tags, categories, authors, termEntries, orderedPages)
        {
            Related = RelatedPosts.For(posts),
            StaticFiles = staticFiles,
            Language = language,
        };
    }

    /// <summary>
    /// The site of several languages, one model each, as one model: the default language's, holding the others and,
    /// in every one of them, the translations between their pages.
    /// </summary>
    public static SiteModel Link(IReadOnlyList<SiteModel> languages, DiagnosticBag diagnostics)
    {
        var translations = Translations.Link(languages, diagnostics);
        var linked = languages.Select(s => s with { Translations = translations }).ToList();
        return linked[0] with { OtherLanguages = linked.Skip(1).ToList() };
    }
}
