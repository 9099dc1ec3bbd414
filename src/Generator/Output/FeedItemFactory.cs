using System.Collections.Concurrent;
using Generator.Site;

namespace Generator.Output;

/// <summary>
/// Turns posts into <see cref="FeedItem"/>s. A post in several tags appears in several feeds; each post's content is
/// rewritten to absolute links once and shared.
/// </summary>
public sealed class FeedItemFactory(SiteModel site)
{
    private readonly ConcurrentDictionary<string, FeedItem> bySlug = new(StringComparer.Ordinal);

    public FeedItem For(RenderedArticle post) => bySlug.GetOrAdd(post.Slug, _ => Create(post));

    private FeedItem Create(RenderedArticle post)
    {
        var article = post.Article;
        var url = site.Urls.Absolute(site.Urls.Post(article.Slug));
        var author = site.AuthorsById[article.AuthorId];
        var categories = new List<string>();
        if (article.CategoryId is { } id && site.CategoriesById.TryGetValue(id, out var category)) categories.Add(category.Name);
        categories.AddRange(article.Tags.Distinct(StringComparer.Ordinal).Where(site.TagSlugs.ContainsKey));
        return new FeedItem(
            Id: url,
            Url: url,
            Title: article.Title,
            Summary: string.IsNullOrWhiteSpace(article.Summary) ? null : article.Summary,
            ContentHtml: AbsoluteLinks.Rewrite(post.Content.Html, new Uri(url)),
            Author: new FeedAuthor(author.Name, site.Urls.Absolute(site.Urls.Author(author.Id))),
            Categories: categories,
            Published: article.Date,
            Updated: article.Updated ?? article.Date);
    }
}
