using System.Globalization;
using Generator.Content;
using Generator.Site;

namespace Generator.Rendering;

/// <summary>Turns the assembled site's records into the view shapes templates see.</summary>
public sealed class ViewFactory(SiteModel site)
{
    private static readonly CultureInfo Display = CultureInfo.InvariantCulture;

    public SiteView Site { get; } = BuildSite(site);

    public static DateView Date(DateTimeOffset date) =>
        new(date.ToString("d MMMM yyyy", Display), date.ToString(date.TimeOfDay == TimeSpan.Zero && date.Offset == TimeSpan.Zero
            ? "yyyy-MM-dd" : "yyyy-MM-ddTHH:mm:sszzz", Display));

    public PostSummaryView Summary(RenderedArticle post)
    {
        var article = post.Article;
        var author = site.AuthorsById[article.AuthorId];
        var category = article.CategoryId is { } id && site.CategoriesById.TryGetValue(id, out var c)
            ? new LinkView(c.Name, site.Urls.Category(c.Id)) : null;
        var tags = article.Tags.Distinct(StringComparer.Ordinal).Where(site.TagSlugs.ContainsKey)
            .Select(t => new LinkView(t, site.Urls.Tag(site.TagSlugs[t]))).ToList();
        var image = article.Image is { } i ? Image(i) : null;
        return new PostSummaryView(article.Title, site.Urls.Post(article.Slug), Date(article.Date),
            article.Updated is { } u ? Date(u) : null, article.Summary, tags, category,
            new LinkView(author.Name, site.Urls.Author(author.Id)), $"{post.Content.Stats.Minutes} min read",
            post.Content.Stats.Words + post.Content.Stats.CjkCharacters, image, article.Draft,
            Scheduled: site.Now is { } now && article.Date > now);
    }

    public PostView Post(RenderedArticle post, RenderedArticle? newer, RenderedArticle? older) => new(
        Summary(post),
        new HtmlString(post.Content.Html),
        post.Article.Sources.Select(s => new SourceView(s.Title, s.Url, s.Date is { } d ? Date(d) : null)).ToList(),
        post.Article.Faq.Select(f => new FaqView(f.Question, f.Answer)).ToList(),
        post.Content.Headings.Where(h => h.Level is 2 or 3).Select(h => new TocView(h.Level, h.Id, h.Text)).ToList(),
        older is null ? null : new LinkView(older.Article.Title, site.Urls.Post(older.Slug)),
        newer is null ? null : new LinkView(newer.Article.Title, site.Urls.Post(newer.Slug)),
        site.Related.TryGetValue(post.Slug, out var related) ? related.Select(Summary).ToList() : [],
        post.LinkedTermSlugs.Where(site.TermsBySlug.ContainsKey).Select(s => TermSummary(site.TermsBySlug[s]))
            .OrderBy(t => t.Term, StringComparer.OrdinalIgnoreCase).ToList(),
        post.Article.Params) { AuthorBio = site.AuthorsById[post.Article.AuthorId].Bio };

    public TermSummaryView TermSummary(TermEntry entry) =>
        new(entry.Term.Term, site.Urls.Term(entry.Term.Slug), entry.Term.Short, "term-" + entry.Term.Slug);

    public PageMeta Meta(string title, string? description, string url, string kind, FeedLinkView? ownFeed = null) =>
        new(title, string.IsNullOrWhiteSpace(description) ? site.Config.Description : description!, url, site.Urls.Absolute(url), kind)
        {
            Feeds = ownFeed is null ? SiteFeeds : [ownFeed, .. SiteFeeds],
        };

    /// <summary>The Atom feed of a tag or category page (Output/FeedWriter writes it beside the page).</summary>
    public FeedLinkView ListFeed(string heading, string listUrl) =>
        new($"{heading} · {site.Config.Title}", Output.AtomFeed.MediaType, site.Urls.FeedOf(listUrl));

    private IReadOnlyList<FeedLinkView> SiteFeeds { get; } =
    [
        new(site.Config.Title, Output.AtomFeed.MediaType, site.Urls.AtomFeed),
        new($"{site.Config.Title} (RSS)", Output.RssFeed.MediaType, site.Urls.RssFeed),
        new($"{site.Config.Title} (JSON Feed)", Output.JsonFeed.MediaType, site.Urls.JsonFeed),
    ];

    private ImageView Image(ArticleImage image)
    {
        var src = Prefix(image.Src);
        var size = src.StartsWith(site.Urls.BasePath, StringComparison.Ordinal) ? site.StaticFiles?.ImageSize(src[site.Urls.BasePath.Length..]) : null;
        var srcset = size is null ? null : RasterImages.Srcset(site.Urls.BasePath, src[site.Urls.BasePath.Length..], site.StaticFiles);
        return new ImageView(src, image.Alt, size?.Width, size?.Height) { Srcset = srcset };
    }

    /// <summary>Root-relative paths from front matter (an image's src) get the base path, like links in Markdown.</summary>
    private string Prefix(string src) =>
        Markdown.RootRelativeLinkExtension.IsRootRelative(src) ? Markdown.RootRelativeLinkExtension.Prefix(site.Urls.BasePath, src) : src;

    private static SiteView BuildSite(SiteModel site)
    {
        var urls = site.Urls;
        var navigation = site.Config.Menu is { } menu
            ? menu.Select(m => new LinkView(m.Label, m.Url.StartsWith('/') ? urls.BasePath + m.Url.TrimStart('/') : m.Url)).ToList()
            : DefaultNavigation(site);
        var newsletter = site.Config.Newsletter is { } n ? new NewsletterView(n.Text, n.Url, n.Label) : null;
        var latest = site.Posts.Count > 0 ? site.Posts[0].Article.Date.Year : 2026;
        return new SiteView(site.Config.Title, site.Config.Description, site.Config.Language, urls.Home,
            site.Config.BaseUrl.AbsoluteUri, site.Config.Categories.Select(c => new LinkView(c.Name, urls.Category(c.Id))).ToList(),
            navigation, newsletter, latest, site.Config.Params);
    }

    /// <summary>Without <c>menu:</c> in site.yml: Tags, Glossary, Search, then every standalone page.</summary>
    private static List<LinkView> DefaultNavigation(SiteModel site)
    {
        var urls = site.Urls;
        var navigation = new List<LinkView> { new("Tags", urls.TagIndex), new("Glossary", urls.GlossaryIndex), new("Search", urls.Search) };
        navigation.AddRange(site.Pages.Select(p => new LinkView(p.Page.Title, urls.Page(p.Page.Slug))));
        return navigation;
    }
}
