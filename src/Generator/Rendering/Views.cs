using Generator.Content;

namespace Generator.Rendering;

// The shapes templates see. Scriban names members in snake_case ({{ post.reading_time }}). Every string here is plain
// text, which the theme escapes when it writes it; only HtmlString members (rendered Markdown, JSON-LD) are HTML.
// docs/theme.md lists every member, and a test keeps it complete.

internal sealed record LinkView(string Name, string Url);

internal sealed record DateView(string Display, string Iso);

internal sealed record SourceView(string Title, string Url, DateView? Date);

internal sealed record FaqView(string Question, string Answer);

internal sealed record ImageView(string Src, string Alt, int? Width, int? Height)
{
    /// <summary>WebP copies in up to three widths ("… 480w, … 960w") when the image is a raster file of the site.</summary>
    public string? Srcset { get; init; }
}

/// <summary>What a "Follow" button follows: <c>tag:&lt;slug&gt;</c> or <c>category:&lt;id&gt;</c>, and its name.</summary>
internal sealed record FollowView(string Key, string Name);

internal sealed record TocView(int Level, string Id, string Text);

internal sealed record PostSummaryView(
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
    bool Scheduled = false)
{
    /// <summary>Reading time in whole minutes, for themes that word it themselves (<c>t 'min_read' post.reading_minutes</c>).</summary>
    public int ReadingMinutes { get; init; }

    /// <summary>The author's photo (<c>avatar:</c> in site.yml), alt text their name; null: none, and themes show the initial.</summary>
    public ImageView? AuthorAvatar { get; init; }
}

internal sealed record PostView(
    PostSummaryView Card,
    HtmlString Content,
    IReadOnlyList<SourceView> Sources,
    IReadOnlyList<FaqView> Faq,
    IReadOnlyList<TocView> Toc,
    LinkView? Previous,
    LinkView? Next,
    IReadOnlyList<PostSummaryView> Related,
    IReadOnlyList<TermSummaryView> Terms,
    ParamMap Params)
{
    /// <summary>A table of contents helps a long article (four sections and 1,000 words, about five minutes' reading);
    /// on a short one it only pushes the story below the first screen.</summary>
    public bool ShowToc => Toc.Count >= TocMinHeadings && WordCount >= TocMinWords;

    public const int TocMinHeadings = 4;
    public const int TocMinWords = 1000;

    // Flattened so templates can write {{ post.title }} rather than {{ post.card.title }}.
    public string Title => Card.Title;
    public string Url => Card.Url;
    public DateView Date => Card.Date;
    public DateView? Updated => Card.Updated;
    public string? Tldr => Card.Summary;
    public IReadOnlyList<LinkView> Tags => Card.Tags;
    public LinkView? Category => Card.Category;
    public LinkView Author => Card.Author;
    public string ReadingTime => Card.ReadingTime;
    public int ReadingMinutes => Card.ReadingMinutes;
    public int WordCount => Card.WordCount;
    public ImageView? Image => Card.Image;
    public bool Draft => Card.Draft;
    public bool Scheduled => Card.Scheduled;
    public ImageView? AuthorAvatar => Card.AuthorAvatar;

    /// <summary>The author's bio from site.yml, for the author box at the end of the post.</summary>
    public string? AuthorBio { get; init; }

    /// <summary>"Also read": the posts the author picked (<c>also_read:</c>), shown before <see cref="Related"/>, which leaves them out.</summary>
    public IReadOnlyList<PostSummaryView> AlsoRead { get; init; } = [];
}

internal sealed record PaginationView(int Page, int TotalPages, string? PreviousUrl, string? NextUrl)
{
    public bool IsPaginated => TotalPages > 1;
}

internal sealed record NewsletterView(string Text, string Url, string Label);

internal sealed record SiteView(
    string Title,
    string Description,
    string Language,
    string HomeUrl,
    string BaseUrl,
    IReadOnlyList<LinkView> Categories,
    IReadOnlyList<LinkView> Navigation,
    NewsletterView? Newsletter,
    int Year,
    ParamMap Params);

/// <summary>Every page model carries the site, so templates and the layout can reach {{ site.title }}.</summary>
internal interface IPageModel
{
    SiteView Site { get; }
}

internal sealed record LayoutModel(SiteView Site, PageMeta Page, HtmlBuffer Content);

/// <summary>A list of posts. On the first page of the home and category lists, <see cref="Lead"/> is the lead story
/// (the newest <c>featured: true</c> post, else the newest) and <see cref="Posts"/> the rest.</summary>
internal sealed record ListModel(SiteView Site, string Heading, string? Intro, IReadOnlyList<PostSummaryView> Posts, PaginationView Pagination) : IPageModel
{
    public PostSummaryView? Lead { get; init; }

    /// <summary>What the page's "Follow" button follows (tag and category pages), else null.</summary>
    public FollowView? Follow { get; init; }

    /// <summary>On an author's page, their photo (<c>avatar:</c>), else null.</summary>
    public ImageView? Avatar { get; init; }
}

internal sealed record PostModel(SiteView Site, PostView Post, string BackUrl) : IPageModel;

internal sealed record TagCountView(string Name, string Url, int Count);

internal sealed record TagIndexModel(SiteView Site, IReadOnlyList<TagCountView> Tags) : IPageModel;

internal sealed record TermSummaryView(string Term, string Url, string Short, string Anchor);

internal sealed record LetterGroupView(string Letter, string Anchor, IReadOnlyList<TermSummaryView> Terms);

internal sealed record GlossaryIndexModel(SiteView Site, IReadOnlyList<LetterGroupView> Letters) : IPageModel;

internal sealed record TermModel(SiteView Site, string Term, string Short, HtmlString Content, IReadOnlyList<string> Aliases,
    IReadOnlyList<PostSummaryView> Backlinks, string IndexUrl, ParamMap Params, PaginationView Pagination) : IPageModel;

internal sealed record PageModel(SiteView Site, string Title, HtmlString Content, ParamMap Params) : IPageModel;

internal sealed record NotFoundModel(SiteView Site, string HomeUrl) : IPageModel;

/// <summary>The search page: the form's target, the index the script loads, and every post for the no-script list.</summary>
internal sealed record SearchModel(SiteView Site, string SearchUrl, string IndexUrl, IReadOnlyList<LinkView> Posts) : IPageModel;
