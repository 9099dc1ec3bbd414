namespace Generator.Content;

internal sealed record Author(string Id, string Name, string? Bio)
{
    /// <summary>The author's photo (<c>avatar:</c>): a file of content/, by its path below content/ ("images/maya.png");
    /// null: none, and themes show the initial. <see cref="AuthorAvatar"/> checked that it is an image of the site.</summary>
    public string? Avatar { get; init; }

    /// <summary>Where <c>avatar:</c> is written in site.yml, for problems with its file.</summary>
    public SourceLocation? AvatarAt { get; init; }
}

internal sealed record Category(string Id, string Name, string? Description);

/// <summary>The "Stay updated" call-to-action; its text and link come from site.yml.</summary>
internal sealed record Newsletter(string Text, string Url, string Label);

internal sealed record SiteConfig(
    string Title,
    string Description,
    Uri BaseUrl,
    string Language,
    int PostsPerPage,
    IReadOnlyList<Category> Categories,
    IReadOnlyList<Author> Authors,
    Newsletter? Newsletter)
{
    /// <summary>Markdown and YAML files larger than this are errors (<c>max_file_size_mb</c>, default 10).</summary>
    public long MaxFileBytes { get; init; } = SourceFile.DefaultMaxBytes;

    /// <summary>The path part of the base URL, always starting and ending with '/': "/" or "/ai-news/".</summary>
    public string BasePath => BaseUrl.AbsolutePath.EndsWith('/') ? BaseUrl.AbsolutePath : BaseUrl.AbsolutePath + "/";

    /// <summary>The site's own fields for the theme (<c>site.params</c>).</summary>
    public ParamMap Params { get; init; } = ParamMap.Empty;

    /// <summary>The header navigation from <c>menu:</c>; null when site.yml has none, and the theme's default applies.</summary>
    public IReadOnlyList<MenuEntry>? Menu { get; init; }

    /// <summary>The custom domain GitHub Pages serves the site at (site.yml's <c>cname</c>), written to /CNAME.</summary>
    public string? Cname { get; init; }

    /// <summary>The site's languages, the default first; without <c>languages:</c>, the one <see cref="Language"/>.</summary>
    public IReadOnlyList<SiteLanguage> Languages { get; init; } = [new(Language, Language, "")];

    /// <summary>True when site.yml lists more than one language: only then do pages get translations and a switch.</summary>
    public bool IsMultilingual => Languages.Count > 1;

    /// <summary>Tags that are one topic in several languages, from <c>tag_translations:</c>.</summary>
    public IReadOnlyList<TagTranslation> TagTranslations { get; init; } = [];

    /// <summary>This site's texts (title, categories, …) in each language, by code; see <see cref="ForLanguage"/>.</summary>
    public IReadOnlyDictionary<string, SiteConfig> Translated { get; init; } = new Dictionary<string, SiteConfig>();

    /// <summary>The configuration as pages of one language see it: its texts, and <see cref="Language"/> set to it.</summary>
    public SiteConfig ForLanguage(string code) => Translated.TryGetValue(code, out var config) ? config : this with { Language = code };

    /// <summary><c>social_cards: false</c> turns off the generated card.png of posts without a raster image.</summary>
    public bool SocialCards { get; init; } = true;
}

/// <summary>One topic's tag name in each language that has it: <c>{ en: "Chips", zh: "芯片" }</c>.</summary>
internal sealed record TagTranslation(IReadOnlyDictionary<string, string> NameByLanguage, SourceLocation At);

/// <summary>One link of the header navigation: a label, a root-relative or absolute URL, and a weight that orders it.</summary>
internal sealed record MenuEntry(string Label, string Url, int Weight)
{
    /// <summary>Where the entry's <c>url</c> is written in site.yml, for an entry that leads nowhere in a language.</summary>
    public SourceLocation? UrlAt { get; init; }
}

internal sealed record ArticleImage(string Src, string Alt);

internal sealed record SourceReference(string Title, string Url, DateTimeOffset? Date);

internal sealed record FaqEntry(string Question, string Answer);

/// <summary>A post as its author wrote it: typed front matter plus the Markdown body.</summary>
internal sealed record Article(
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

    /// <summary>Where each tag is written, in the order of <see cref="Tags"/>, for problems with one tag.</summary>
    public IReadOnlyList<SourceLocation> TagLocations { get; init; } = [];

    /// <summary>Where the title is written, for problems with the title (a character its social card cannot draw).</summary>
    public SourceLocation? TitleAt { get; init; }

    public SourceLocation TagLocation(int index) =>
        TagLocations.Count == Tags.Count ? TagLocations[index] : TagLocations.FirstOrDefault() ?? SourceLocation.FileStart(SourcePath);

    /// <summary>Its language code; empty in records made in code, which belong to the default language.</summary>
    public string Lang { get; init; } = "";

    /// <summary>What links it to its translations (<c>translation_key</c>, default: the slug); empty means the slug.</summary>
    public string TranslationKey { get; init; } = "";

    /// <summary>Where <c>translation_key</c> was written, for errors about it; null when it defaulted to the slug.</summary>
    public SourceLocation? TranslationKeyAt { get; init; }

    /// <summary>Hand-picked posts of its language (<c>also_read:</c>), by slug, shown before the automatic related reading.</summary>
    public IReadOnlyList<string> AlsoRead { get; init; } = [];

    /// <summary>Where each entry of <see cref="AlsoRead"/> is written, in its order, for problems with one entry.</summary>
    public IReadOnlyList<SourceLocation> AlsoReadAt { get; init; } = [];

    /// <summary><c>featured: true</c>: the post leads the home page (and its category page) while it is the newest featured one.</summary>
    public bool Featured { get; init; }
}

/// <summary>A glossary entry: the term, its other spellings, a one-sentence definition and a longer explanation.</summary>
internal sealed record GlossaryTerm(
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
    /// <summary>Its language code; empty in records made in code, which belong to the default language.</summary>
    public string Lang { get; init; } = "";

    /// <summary>What links it to its translations (<c>translation_key</c>, default: the slug); empty means the slug.</summary>
    public string TranslationKey { get; init; } = "";

    /// <summary>Where <c>translation_key</c> was written, for errors about it; null when it defaulted to the slug.</summary>
    public SourceLocation? TranslationKeyAt { get; init; }
}

/// <summary>A standalone page such as About.</summary>
internal sealed record Page(string SourcePath, string Slug, string Title, string? Description, string Body, int BodyLine)
{
    /// <summary>The author's own fields for the theme (<c>params</c> on the page).</summary>
    public ParamMap Params { get; init; } = ParamMap.Empty;
    /// <summary>Its language code; empty in records made in code, which belong to the default language.</summary>
    public string Lang { get; init; } = "";

    /// <summary>What links it to its translations (<c>translation_key</c>, default: the slug); empty means the slug.</summary>
    public string TranslationKey { get; init; } = "";

    /// <summary>Where <c>translation_key</c> was written, for errors about it; null when it defaulted to the slug.</summary>
    public SourceLocation? TranslationKeyAt { get; init; }
}

/// <summary>Everything the Content stage read, validated and typed.</summary>
internal sealed record ContentSet(
    SiteConfig Config,
    IReadOnlyList<Article> Posts,
    IReadOnlyList<GlossaryTerm> Terms,
    IReadOnlyList<Page> Pages,
    StaticFiles StaticFiles);
