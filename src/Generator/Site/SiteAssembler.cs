using Generator.Content;

namespace Generator.Site;

/// <summary>The Site stage: orders posts, groups them by tag, category and author, and finds glossary backlinks.</summary>
public static class SiteAssembler
{
    public static SiteModel Assemble(SiteConfig config, IEnumerable<RenderedArticle> articles, IEnumerable<RenderedTerm> terms,
        IEnumerable<RenderedPage> pages, DiagnosticBag diagnostics, StaticFiles? staticFiles = null, SiteLanguage? language = null)
    {
        language ??= new SiteLanguage(config.Language, config.Language, "");
        var posts = articles.OrderByDescending(p => p.Article.Date).ThenBy(p => p.Slug, StringComparer.Ordinal).ToList();
        var tags = GroupTags(posts, diagnostics);
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

    private static List<TagGroup> GroupTags(List<RenderedArticle> posts, DiagnosticBag diagnostics)
    {
        var bySlug = new Dictionary<string, (string Name, string FirstPath, List<RenderedArticle> Posts)>(StringComparer.Ordinal);
        foreach (var post in posts)
        {
            foreach (var tag in post.Article.Tags.Distinct(StringComparer.Ordinal))
            {
                var slug = Slug.From(tag);
                if (slug.Length == 0)
                {
                    diagnostics.Error(SourceLocation.FileStart(post.Article.SourcePath), DiagnosticCodes.InvalidSlug,
                        $"tag '{tag}' has no letters or digits, so it cannot have a page");
                    continue;
                }
                if (!bySlug.TryGetValue(slug, out var group))
                {
                    bySlug[slug] = (tag, post.Article.SourcePath, [post]);
                }
                else if (group.Name != tag)
                {
                    diagnostics.Error(SourceLocation.FileStart(post.Article.SourcePath), DiagnosticCodes.TagSlugCollision,
                        $"tag '{tag}' has the same URL slug '{slug}' as tag '{group.Name}' in {group.FirstPath}; spell them the same way");
                }
                else
                {
                    group.Posts.Add(post);
                }
            }
        }
        return bySlug.Select(kv => new TagGroup(kv.Value.Name, kv.Key, kv.Value.Posts))
            .OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase).ToList();
    }
}
