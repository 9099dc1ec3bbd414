using System.Collections.Concurrent;
using Generator.Markdown;
using Generator.Site;

namespace Generator.Output;

/// <summary>
/// Turns posts into <see cref="FeedItem"/>s. A post in several tags appears in several feeds; each post's content is
/// rewritten to absolute links once and shared. Items are kept by the post record itself (one object per post in a
/// site model), so serve can keep them across rebuilds that replace only edited posts (<see cref="ForEditedSite"/>).
/// </summary>
internal sealed class FeedItemFactory(SiteModel site)
{
    // Lazy: feeds render in parallel and a new post is in most of them; each post's content is parsed once, not once per feed.
    private ConcurrentDictionary<RenderedArticle, Lazy<FeedItem>> byPost = new(ReferenceEqualityComparer.Instance);

    public FeedItem For(RenderedArticle post) => byPost.GetOrAdd(post, p => new Lazy<FeedItem>(() => Create(p))).Value;

    /// <summary>
    /// A factory for <paramref name="edited"/>, a model made from this one by replacing the records of
    /// <paramref name="replaced"/> posts and nothing else (authors, categories, tags and URLs the same): the other
    /// posts' items are reused as they are, and the replaced ones' dropped.
    /// </summary>
    public FeedItemFactory ForEditedSite(SiteModel edited, IEnumerable<RenderedArticle> replaced)
    {
        foreach (var post in replaced) byPost.TryRemove(post, out _);
        return new FeedItemFactory(edited) { byPost = byPost };
    }

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
            Author: new FeedAuthor(author.Name, site.Urls.Absolute(site.Urls.Author(author.Id)))
            {
                Avatar = author.Avatar is { } avatar ? site.Urls.Absolute(site.Urls.BasePath + Content.AuthorAvatar.SitePath(avatar)) : null,
            },
            Categories: categories,
            Published: article.Date,
            Updated: article.Updated ?? article.Date) { Image = SocialCards.ImageOf(site, article, OwnImage(article)) };
    }

    private SocialImage? OwnImage(Content.Article article)
    {
        if (article.Image is not { } image) return null;
        var src = Markdown.RootRelativeLinkExtension.IsRootRelative(image.Src)
            ? Markdown.RootRelativeLinkExtension.Prefix(site.Urls.BasePath, image.Src) : image.Src;
        var size = src.StartsWith(site.Urls.BasePath, StringComparison.Ordinal) ? site.StaticFiles?.ImageSize(src[site.Urls.BasePath.Length..]) : null;
        return new SocialImage(site.Urls.Absolute(src), image.Alt, size?.Width, size?.Height);
    }
}
