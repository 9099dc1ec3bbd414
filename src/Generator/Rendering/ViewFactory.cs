using System.Globalization;
using Generator.Content;
using Generator.Markdown;
using Generator.Site;

namespace Generator.Rendering;

/// <summary>Turns the assembled site's records into the view shapes templates see.</summary>
/// <param name="strings">The interface strings of the site's language (dates, reading time, menu labels); default: English.</param>
internal sealed class ViewFactory(SiteModel site, InterfaceStrings.LanguageStrings? strings = null)
{
    private static readonly CultureInfo Display = CultureInfo.InvariantCulture;

    public InterfaceStrings.LanguageStrings Strings { get; } = strings ?? InterfaceStrings.Empty.For(site.Language.Code, site.Language.Code);

    public SiteView Site => site_ ??= BuildSite(site, Strings);

    private SiteView? site_;

    /// <summary>A date as the language writes it ("22 April 2026", "2026年4月22日"), and in ISO 8601 for machines.</summary>
    public DateView Date(DateTimeOffset date) =>
        new(Strings.Date(date), date.ToString(date.TimeOfDay == TimeSpan.Zero && date.Offset == TimeSpan.Zero
            ? "yyyy-MM-dd" : "yyyy-MM-ddTHH:mm:sszzz", Display));

    /// <summary>Tags a post card shows (<see cref="ArticleReader.CardTags"/>).</summary>
    public const int CardTags = ArticleReader.CardTags;

    /// <summary>The card of a post: one view per post, shared by every page that lists it (and so by
    /// <see cref="PartialCache"/>, which knows the same card by its identity).</summary>
    public PostSummaryView Summary(RenderedArticle post)
    {
        var card = cards.TryGetValue(post, out var cached) ? cached : cards.GetOrAdd(post, static (p, self) => self.Summary(p, CardTags), this);
        Reads?.Add(post.Article.SourcePath, own: false, card);
        return card;
    }

    /// <summary>Where the content files the views show are recorded (the dependency record); null: not recorded.
    /// Only the single thread that plans pages (<see cref="PageJobs"/>) sets it.</summary>
    public Record.ReadLog? Reads { get; set; }

    private System.Collections.Concurrent.ConcurrentDictionary<RenderedArticle, PostSummaryView> cards = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// serve: views of <paramref name="edited"/>, a model made from this one's by replacing the records of
    /// <paramref name="replaced"/> posts and nothing else (authors, categories, tags, URLs, and which posts are
    /// scheduled, all the same), reusing the other posts' cards.
    /// </summary>
    public ViewFactory ForEditedSite(SiteModel edited, IEnumerable<RenderedArticle> replaced)
    {
        foreach (var post in replaced) cards.TryRemove(post, out _);
        return new ViewFactory(edited, Strings) { cards = cards };
    }

    /// <summary>The post page's own summary: every tag. Most posts have no more tags than a card shows, and then it is
    /// the card itself, so the page's tag list is the same partial output as the card's (<see cref="PartialCache"/>).</summary>
    private PostSummaryView FullSummary(RenderedArticle post) =>
        post.Article.Tags.Distinct(StringComparer.Ordinal).Count(site.TagSlugs.ContainsKey) <= CardTags ? Summary(post) : Summary(post, int.MaxValue);

    private PostSummaryView Summary(RenderedArticle post, int maxTags)
    {
        var article = post.Article;
        var author = site.AuthorsById[article.AuthorId];
        var category = article.CategoryId is { } id && site.CategoriesById.TryGetValue(id, out var c)
            ? new LinkView(c.Name, site.Urls.Category(c.Id)) : null;
        var tags = article.Tags.Distinct(StringComparer.Ordinal).Where(site.TagSlugs.ContainsKey)
            .Take(maxTags).Select(t => new LinkView(t, site.Urls.Tag(site.TagSlugs[t]))).ToList();
        var image = article.Image is { } i ? Image(i) : null;
        return new PostSummaryView(article.Title, site.Urls.Post(article.Slug), Date(article.Date),
            article.Updated is { } u ? Date(u) : null, article.Summary, tags, category,
            new LinkView(author.Name, site.Urls.Author(author.Id)), Strings.Get("min_read", post.Content.Stats.Minutes),
            post.Content.Stats.Words + post.Content.Stats.CjkCharacters, image, article.Draft,
            Scheduled: site.Now is { } now && article.Date > now)
        {
            ReadingMinutes = post.Content.Stats.Minutes, AuthorAvatar = Avatar(author),
        };
    }

    /// <summary>An author's photo with its size and WebP copies, as a post's image has; null without <c>avatar:</c>.
    /// One view per author, shared by all their cards.</summary>
    public ImageView? Avatar(Author author) => author.Avatar is null ? null : avatars.GetOrAdd(author.Id, static (_, a) =>
        a.Self.Image(new ArticleImage("/" + AuthorAvatar.SitePath(a.Author.Avatar!), a.Author.Name)), (Self: this, Author: author));

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, ImageView> avatars = new(StringComparer.Ordinal);

    public PostView Post(RenderedArticle post, RenderedArticle? newer, RenderedArticle? older)
    {
        var summary = FullSummary(post);
        Reads?.Add(post.Article.SourcePath, own: true, new Record.OwnContent(summary, post.Content));
        return PostOf(post, summary, newer, older);
    }

    private PostView PostOf(RenderedArticle post, PostSummaryView summary, RenderedArticle? newer, RenderedArticle? older) => new(
        summary,
        new HtmlString(post.Content),
        post.Article.Sources.Select(s => new SourceView(s.Title, s.Url, s.Date is { } d ? Date(d) : null)).ToList(),
        post.Article.Faq.Select(f => new FaqView(f.Question, f.Answer)).ToList(),
        post.Content.Headings.Where(h => h.Level is 2 or 3).Select(h => new TocView(h.Level, h.Id, h.Text)).ToList(),
        older is null ? null : new LinkView(older.Article.Title, site.Urls.Post(older.Slug)),
        newer is null ? null : new LinkView(newer.Article.Title, site.Urls.Post(newer.Slug)),
        site.Related.TryGetValue(post.Slug, out var related) ? related.Select(r => Summary(r)).ToList() : [],
        post.LinkedTermSlugs.Where(site.TermsBySlug.ContainsKey).Select(s => TermSummary(site.TermsBySlug[s]))
            .OrderBy(t => t.Term, StringComparer.OrdinalIgnoreCase).ToList(),
        post.Article.Params)
    {
        AuthorBio = site.AuthorsById[post.Article.AuthorId].Bio,
        AlsoRead = site.AlsoRead.TryGetValue(post.Slug, out var picked) ? picked.Select(p => Summary(p)).ToList() : [],
    };

    public TermSummaryView TermSummary(TermEntry entry)
    {
        var summary = new TermSummaryView(entry.Term.Term, site.Urls.Term(entry.Term.Slug), entry.Term.Short, "term-" + entry.Term.Slug);
        Reads?.Add(entry.Term.SourcePath, own: false, summary);
        return summary;
    }

    /// <summary>A page's head. Its share image is the language's site card (<see cref="SocialCards.SiteImage"/>);
    /// posts replace it with their own.</summary>
    /// <param name="sections">Where the language switch goes, in order of preference, when the page has no translation
    /// in a language: the translation of the first of these pages that has one (a post's category, a tag's index),
    /// else that language's home.</param>
    public PageMeta Meta(string title, string? description, string url, string kind, FeedLinkView? ownFeed = null,
        IReadOnlyList<string>? sections = null)
    {
        var alternates = Alternates(url);
        return new(title, string.IsNullOrWhiteSpace(description) ? site.Config.Description : description!, url, site.Urls.Absolute(url), kind)
        {
            Feeds = ownFeed is null ? SiteFeeds : [ownFeed, .. SiteFeeds],
            Alternates = alternates,
            Languages = LanguageSwitch(url, sections ?? []),
            ImageUrl = SiteImage?.Url,
            ImageAlt = SiteImage?.Alt,
            ImageWidth = SiteImage?.Width,
            ImageHeight = SiteImage?.Height,
            OgLocale = OgLocale.Of(site.Language.Code),
            OgLocaleAlternates = [.. alternates.Where(a => a.Hreflang != "x-default" && a.Hreflang != site.Language.Code)
                .Select(a => OgLocale.Of(a.Hreflang)).Distinct()],
        };
    }

    private SocialImage? SiteImage => siteImage ??= SocialCards.SiteImage(site);

    private SocialImage? siteImage;

    /// <summary>hreflang links: every language's version of the page, and x-default for the default language's.</summary>
    private List<AlternateView> Alternates(string url)
    {
        var alternates = site.Translations.Of(url);
        var views = alternates.Select(a => new AlternateView(a.Language.Code, site.Urls.Absolute(a.Url))).ToList();
        if (alternates.FirstOrDefault(a => a.Language.IsDefault) is { } fallback) views.Add(new AlternateView("x-default", site.Urls.Absolute(fallback.Url)));
        return views;
    }

    /// <summary>The header's languages; a link that is no translation of the page says so, in the page's language.</summary>
    private List<LanguageLinkView> LanguageSwitch(string url, IReadOnlyList<string> sections) => site.Translations.Switch(url, sections)
        .Select(s =>
        {
            var current = s.Target.Language.Code == site.Language.Code;
            return new LanguageLinkView(s.Target.Language.Code, s.Target.Language.Name, s.Target.Url, current, s.IsTranslation)
            {
                Note = current || s.IsTranslation ? null : Strings.Get("no_translation", s.Target.Language.Name),
            };
        })
        .ToList();

    /// <summary>The Atom feed of a tag or category page (Output/FeedWriter writes it beside the page).</summary>
    public FeedLinkView ListFeed(string heading, string listUrl) =>
        new($"{heading} · {site.Config.Title}", Output.AtomFeed.MediaType, site.Urls.FeedOf(listUrl));

    private IReadOnlyList<FeedLinkView> SiteFeeds => siteFeeds ??=
    [
        new(site.Config.Title, Output.AtomFeed.MediaType, site.Urls.AtomFeed),
        new(Strings.Get("feed_rss", site.Config.Title), Output.RssFeed.MediaType, site.Urls.RssFeed),
        new(Strings.Get("feed_json", site.Config.Title), Output.JsonFeed.MediaType, site.Urls.JsonFeed),
    ];

    private IReadOnlyList<FeedLinkView>? siteFeeds;

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

    private static SiteView BuildSite(SiteModel site, InterfaceStrings.LanguageStrings strings)
    {
        var urls = site.Urls;
        // Root-relative menu URLs are pages of the site, so each language's menu points into its own part (/zh/tags/).
        var navigation = MenuLinks.Of(site) is { } menu
            ? menu.Select(m => new LinkView(m.Label, m.Url)).ToList()
            : DefaultNavigation(site, strings);
        var newsletter = site.Config.Newsletter is { } n ? new NewsletterView(n.Text, n.Url, n.Label) : null;
        var latest = site.Posts.Count > 0 ? site.Posts[0].Article.Date.Year : 2026;
        return new SiteView(site.Config.Title, site.Config.Description, site.Config.Language, urls.Home,
            site.Config.BaseUrl.AbsoluteUri, site.Config.Categories.Select(c => new LinkView(c.Name, urls.Category(c.Id))).ToList(),
            navigation, newsletter, latest, site.Config.Params);
    }

    /// <summary>Without <c>menu:</c> in site.yml: Tags, Glossary, Search, then every standalone page.</summary>
    private static List<LinkView> DefaultNavigation(SiteModel site, InterfaceStrings.LanguageStrings strings)
    {
        var urls = site.Urls;
        var navigation = new List<LinkView>
        {
            new(strings.Get("tags"), urls.TagIndex), new(strings.Get("glossary"), urls.GlossaryIndex), new(strings.Get("search"), urls.Search),
        };
        navigation.AddRange(site.Pages.Select(p => new LinkView(p.Page.Title, urls.Page(p.Page.Slug))));
        return navigation;
    }
}
