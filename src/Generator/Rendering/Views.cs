namespace Generator.Rendering;

// The shapes templates see. Handlebars.Net resolves members case-insensitively, so themes write {{title}},
// {{post.readingTime}} and so on, as in Ghost themes. Strings here are plain text (escaped by {{ }});
// only members named Content or Html hold rendered HTML and are meant for {{{ }}}.

public sealed record LinkView(string Name, string Url);

public sealed record DateView(string Display, string Iso);

public sealed record SourceView(string Title, string Url, DateView? Date);

public sealed record FaqView(string Question, string Answer);

public sealed record ImageView(string Src, string Alt);

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
    LinkView? Next)
{
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

/// <summary>What every page tells the layout about itself (the &lt;head&gt;, the active section).</summary>
public sealed record PageMeta(string Title, string Description, string Url, string CanonicalUrl, string Kind);

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
