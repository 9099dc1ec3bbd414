namespace Generator.Content;

public sealed record Author(string Id, string Name, string? Bio);

public sealed record Category(string Id, string Name, string? Description);

/// <summary>The "Stay updated" call-to-action; its text and link come from site.yml.</summary>
public sealed record Newsletter(string Text, string Url, string Label);

public sealed record SiteConfig(
    string Title,
    string Description,
    Uri BaseUrl,
    string Language,
    int PostsPerPage,
    IReadOnlyList<Category> Categories,
    IReadOnlyList<Author> Authors,
    Newsletter? Newsletter)
{
    /// <summary>The path part of the base URL, always starting and ending with '/': "/" or "/ai-news/".</summary>
    public string BasePath => BaseUrl.AbsolutePath.EndsWith('/') ? BaseUrl.AbsolutePath : BaseUrl.AbsolutePath + "/";

    /// <summary>The site's own fields for the theme (<c>site.params</c>).</summary>
    public ParamMap Params { get; init; } = ParamMap.Empty;

    /// <summary>The header navigation from <c>menu:</c>; null when site.yml has none, and the theme's default applies.</summary>
    public IReadOnlyList<MenuEntry>? Menu { get; init; }

    /// <summary><c>social_cards: false</c> turns off the generated card.png of posts without a raster image.</summary>
    public bool SocialCards { get; init; } = true;
}

/// <summary>One link of the header navigation: a label, a root-relative or absolute URL, and a weight that orders it.</summary>
public sealed record MenuEntry(string Label, string Url, int Weight);

public sealed record ArticleImage(string Src, string Alt);

public sealed record SourceReference(string Title, string Url, DateTimeOffset? Date);

public sealed record FaqEntry(string Question, string Answer);

/// <summary>A post as its author wrote it: typed front matter plus the Markdown body.</summary>
public sealed record Article(
    string SourcePath,
    string Slug,
    string Title,
    DateTimeOffset Date,
    DateTimeOffset? Updated,
    string AuthorId,
    string? CategoryId,
    IReadOnlyList<string> Tags,
    string? Summary,
    ArticleImage? Image,
    IReadOnlyList<SourceReference> Sources,
    IReadOnlyList<FaqEntry> Faq,
    bool Draft,
    bool GlossaryLinking,
    string Body,
    int BodyLine)
{
    /// <summary>The author's own fields for the theme (<c>post.params</c>).</summary>
    public ParamMap Params { get; init; } = ParamMap.Empty;

    /// <summary><c>featured: true</c>: the post leads the home page (and its category page) while it is the newest featured one.</summary>
    public bool Featured { get; init; }
}

/// <summary>A glossary entry: the term, its other spellings, a one-sentence definition and a longer explanation.</summary>
public sealed record GlossaryTerm(
    string SourcePath,
    int Line,
    string Slug,
    string Term,
    IReadOnlyList<string> Aliases,
    string Short,
    bool? CaseSensitive,
    string Body,
    int BodyLine)
{
    /// <summary>The file line of each alias, in the order of <see cref="Aliases"/>, for errors about one alias.</summary>
    public IReadOnlyList<int> AliasLines { get; init; } = [];

    /// <summary>The author's own fields for the theme (<c>params</c> on the term page).</summary>
    public ParamMap Params { get; init; } = ParamMap.Empty;
}

/// <summary>A standalone page such as About.</summary>
public sealed record Page(string SourcePath, string Slug, string Title, string? Description, string Body, int BodyLine)
{
    /// <summary>The author's own fields for the theme (<c>params</c> on the page).</summary>
    public ParamMap Params { get; init; } = ParamMap.Empty;
}

/// <summary>Everything the Content stage read, validated and typed.</summary>
public sealed record ContentSet(
    SiteConfig Config,
    IReadOnlyList<Article> Posts,
    IReadOnlyList<GlossaryTerm> Terms,
    IReadOnlyList<Page> Pages,
    StaticFiles StaticFiles);
