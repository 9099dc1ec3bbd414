using Generator.Content;
using Generator.Markdown;

namespace Generator.Site;

/// <summary>The Site stage: orders posts, groups them by tag, category and author, and finds glossary backlinks.</summary>
internal static class SiteAssembler
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
        // Backlinks by one pass over the posts (newest first, each post once per term), not one pass per term:
        // 200 terms × 10,000 posts was a tenth of serve's full rebuild.
        var backlinks = new Dictionary<string, List<RenderedArticle>>(StringComparer.Ordinal);
        foreach (var post in posts)
            foreach (var slug in post.LinkedTermSlugs.Distinct(StringComparer.Ordinal))
                (backlinks.TryGetValue(slug, out var linking) ? linking : backlinks[slug] = []).Add(post);
        var termEntries = terms.OrderBy(t => t.Term.Term, StringComparer.OrdinalIgnoreCase)
            .Select(t => new TermEntry(t, backlinks.GetValueOrDefault(t.Term.Slug) ?? [])).ToList();
        var orderedPages = pages.OrderBy(p => p.Page.Slug, StringComparer.Ordinal).ToList();
        var alsoRead = RelatedPosts.Picked(posts);
        return new SiteModel(config, new SiteUrls(config.BaseUrl, language.Prefix), posts, tags, categories, authors, termEntries, orderedPages)
        {
            AlsoRead = alsoRead,
            Related = RelatedPosts.For(posts, alsoRead),
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
