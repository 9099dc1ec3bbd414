using Generator.Markdown;
using Generator.Rendering;
using Generator.Site;

namespace Generator.Output;

/// <summary>
/// Every feed of the site as output files: the latest posts as Atom (/feed.xml), RSS (/rss.xml) and JSON Feed
/// (/feed.json), and an Atom feed beside every tag and category page that has posts (/tags/x/feed.xml).
/// </summary>
internal static class FeedWriter
{
    /// <summary>How many of the newest posts a feed carries; readers poll, so older posts are already theirs.</summary>
    public const int ItemLimit = 20;

    /// <summary>The feeds of one language (each language has its own, under its folder: /zh/feed.xml).</summary>
    /// <param name="containing">Only the feeds whose items include a post this accepts (serve, after a post's body
    /// was edited); default: every feed.</param>
    /// <param name="items">Feed items made earlier for these posts (serve); default: a new factory for this site.</param>
    public static IReadOnlyList<OutputFile> All(SiteModel site, InterfaceStrings.LanguageStrings? strings = null,
        Func<RenderedArticle, bool>? containing = null, FeedItemFactory? items = null)
    {
        strings ??= InterfaceStrings.Empty.For(site.Language.Code, site.Language.Code);
        var urls = site.Urls;
        var (title, description) = (site.Config.Title, site.Config.Description);
        var jobs = new List<FeedJob>
        {
            new(title, description, urls.Home, urls.AtomFeed, site.Posts, AtomFeed.Write),
            new(title, description, urls.Home, urls.RssFeed, site.Posts, RssFeed.Write),
            new(title, description, urls.Home, urls.JsonFeed, site.Posts, JsonFeed.Write),
        };
        foreach (var tag in site.Tags.Where(t => t.Posts.Count > 0))
        {
            jobs.Add(new($"{tag.Name} · {title}", strings.Get("tagged", tag.Name), urls.Tag(tag.Slug),
                urls.FeedOf(urls.Tag(tag.Slug)), tag.Posts, AtomFeed.Write));
        }
        foreach (var (category, posts) in site.Categories.Where(c => c.Posts.Count > 0))
        {
            jobs.Add(new($"{category.Name} · {title}", category.Description ?? strings.Get("category_feed_description", category.Name),
                urls.Category(category.Id), urls.FeedOf(urls.Category(category.Id)), posts, AtomFeed.Write));
        }

        if (containing is not null) jobs = jobs.Where(j => j.Posts.Take(ItemLimit).Any(containing)).ToList();
        // Tag feeds can number in the thousands on a big site; they are independent, so they are built in parallel.
        items ??= new FeedItemFactory(site);
        var files = new OutputFile[jobs.Count];
        Parallel.For(0, jobs.Count, i => files[i] = jobs[i].Render(site, items));
        return files;
    }

    /// <summary>One feed file to write: a list page's newest posts in one format, at a site URL.</summary>
    private sealed record FeedJob(string Title, string Description, string PageUrl, string FeedUrl,
        IReadOnlyList<RenderedArticle> Posts, Func<FeedChannel, string> Format)
    {
        public OutputFile Render(SiteModel site, FeedItemFactory items)
        {
            var channel = new FeedChannel(Title, Description, site.Config.Language, site.Urls.Absolute(PageUrl),
                site.Urls.Absolute(FeedUrl), Posts.Take(ItemLimit).Select(items.For).ToList());
            return new OutputFile(site.Urls.OutputPath(FeedUrl), Format(channel));
        }
    }
}
