namespace Generator.Rendering;

// The shapes templates see. Handlebars.Net resolves members case-insensitively, so themes write {{title}},
// {{post.readingTime}} and so on, as in Ghost themes. Strings here are plain text (escaped by {{ }});
// only members named Content or Html hold rendered HTML and are meant for {{{ }}}.

public sealed record LinkView(string Name, string Url);

public sealed record DateView(string Display, string Iso);

public sealed record SourceView(string Title, string Url, DateView? Date);

public sealed record FaqView(string Question, string Answer);

public sealed record ImageView(string Src, string Alt, int? Width, int? Height);

public sealed record TocView(int Level, string Id, string Text);

public sealed record PostSummaryView(
    string Title,
    string Url,
    DateView Date,
    DateView? Updated,
    string? Summary,
    IReadOnlyList<LinkView> Tags,
    LinkView? Category,
    LinkView Author,
    string ReadingTime,
    int WordCount,
    ImageView? Image,
    bool Draft,
    bool Scheduled = false);

public sealed record PostView(
    PostSummaryView Summary,
    string Content,
    IReadOnlyList<SourceView> Sources,
    IReadOnlyList<FaqView> Faq,
    IReadOnlyList<TocView> Toc,
    LinkView? Previous,
    LinkView? Next,
    IReadOnlyList<PostSummaryView> Related,
    IReadOnlyList<TermSummaryView> Terms)
{
    /// <summary>A table of contents helps from three headings on; below that it is noise.</summary>
    public bool ShowToc => Toc.Count >= 3;

    // Flattened so templates can write {{post.title}} rather than {{post.summary.title}}.
    public string Title => Summary.Title;
    public string Url => Summary.Url;
    public DateView Date => Summary.Date;
    public DateView? Updated => Summary.Updated;
    public string? Tldr => Summary.Summary;
    public IReadOnlyList<LinkView> Tags => Summary.Tags;
    public LinkView? Category => Summary.Category;
    public LinkView Author => Summary.Author;
    public string ReadingTime => Summary.ReadingTime;
    public int WordCount => Summary.WordCount;
    public ImageView? Image => Summary.Image;
    public bool Draft => Summary.Draft;
    public bool Scheduled => Summary.Scheduled;
}

public sealed record PaginationView(int Page, int TotalPages, string? PreviousUrl, string? NextUrl)
{
    public bool IsPaginated => TotalPages > 1;
}

public sealed record NewsletterView(string Text, string Url, string Label);

public sealed record SiteView(
    string Title,
    string Description,
    string Language,
    string HomeUrl,
    string BaseUrl,
    IReadOnlyList<LinkView> Categories,
    IReadOnlyList<LinkView> Navigation,
    NewsletterView? Newsletter,
    int Year);

/// <summary>What every page tells the layout about itself: the &lt;head&gt; (SEO, social cards, JSON-LD) and its kind.</summary>
public sealed record PageMeta(string Title, string Description, string Url, string CanonicalUrl, string Kind)
{
    /// <summary>Open Graph type: "article" for posts, "website" otherwise.</summary>
    public string OgType => Kind == "post" ? "article" : "website";

    public string? ImageUrl { get; init; }

    public string? ImageAlt { get; init; }

    public DateView? Published { get; init; }

    public DateView? Modified { get; init; }

    /// <summary>Serialised JSON-LD (already script-safe), inserted raw into a ld+json script element.</summary>
    public string? JsonLd { get; init; }

    /// <summary>Feeds for autodiscovery (&lt;link rel="alternate"&gt;): the page's own feed first, if it has one, then the site's.</summary>
    public IReadOnlyList<FeedLinkView> Feeds { get; init; } = [];
}

/// <summary>A feed a page advertises: its title, media type (application/atom+xml, …) and URL.</summary>
public sealed record FeedLinkView(string Title, string Type, string Url);

/// <summary>Every page model carries the site, so templates and the layout can reach {{site.title}}.</summary>
public interface IPageModel
{
    SiteView Site { get; }
}

public sealed record LayoutModel(SiteView Site, PageMeta Page, string Content);

public sealed record ListModel(SiteView Site, string Heading, string? Intro, IReadOnlyList<PostSummaryView> Posts, PaginationView Pagination) : IPageModel;

public sealed record PostModel(SiteView Site, PostView Post, string BackUrl) : IPageModel;

public sealed record TagCountView(string Name, string Url, int Count);

public sealed record TagIndexModel(SiteView Site, IReadOnlyList<TagCountView> Tags) : IPageModel;

public sealed record TermSummaryView(string Term, string Url, string Short, string Anchor);

public sealed record LetterGroupView(string Letter, string Anchor, IReadOnlyList<TermSummaryView> Terms);

public sealed record GlossaryIndexModel(SiteView Site, IReadOnlyList<LetterGroupView> Letters) : IPageModel;

public sealed record TermModel(SiteView Site, string Term, string Short, string Content, IReadOnlyList<string> Aliases,
    IReadOnlyList<PostSummaryView> Backlinks, string IndexUrl) : IPageModel;

public sealed record PageModel(SiteView Site, string Title, string Content) : IPageModel;

public sealed record NotFoundModel(SiteView Site, string HomeUrl) : IPageModel;

/// <summary>The search page: the form's target, the index the script loads, and every post for the no-script list.</summary>
public sealed record SearchModel(SiteView Site, string SearchUrl, string IndexUrl, IReadOnlyList<LinkView> Posts) : IPageModel;
