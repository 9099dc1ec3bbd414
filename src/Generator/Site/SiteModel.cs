using Generator.Content;
using Generator.Markdown;

namespace Generator.Site;

internal sealed record TagGroup(string Name, string Slug, IReadOnlyList<RenderedArticle> Posts);

internal sealed record CategoryGroup(Category Category, IReadOnlyList<RenderedArticle> Posts);

internal sealed record AuthorGroup(Author Author, IReadOnlyList<RenderedArticle> Posts);

/// <summary>A glossary term with the posts that link to it, newest first.</summary>
internal sealed record TermEntry(RenderedTerm Rendered, IReadOnlyList<RenderedArticle> Backlinks)
{
    public GlossaryTerm Term => Rendered.Term;
}

/// <summary>
/// The assembled site: everything the Rendering stage needs, with posts newest first and every taxonomy resolved.
/// </summary>
internal sealed record SiteModel(
    SiteConfig Config,
    SiteUrls Urls,
    IReadOnlyList<RenderedArticle> Posts,
    IReadOnlyList<TagGroup> Tags,
    IReadOnlyList<CategoryGroup> Categories,
    IReadOnlyList<AuthorGroup> Authors,
    IReadOnlyList<TermEntry> Terms,
    IReadOnlyList<RenderedPage> Pages)
{
    public IReadOnlyDictionary<string, Author> AuthorsById { get; } = Config.Authors.ToDictionary(a => a.Id);

    public IReadOnlyDictionary<string, Category> CategoriesById { get; } = Config.Categories.ToDictionary(c => c.Id);

    public IReadOnlyDictionary<string, string> TagSlugs { get; } =
        Tags.ToDictionary(t => t.Name, t => t.Slug, StringComparer.Ordinal);

    public IReadOnlyDictionary<string, TermEntry> TermsBySlug { get; } = Terms.ToDictionary(t => t.Term.Slug, StringComparer.Ordinal);

    /// <summary>Non-Markdown files of content/, copied to the output; they also answer image sizes.</summary>
    public StaticFiles? StaticFiles { get; init; }

    /// <summary>"Related reading" for each post slug, computed once by <see cref="RelatedPosts"/>.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<RenderedArticle>> Related { get; init; } =
        new Dictionary<string, IReadOnlyList<RenderedArticle>>();

    /// <summary>"Also read": each post's hand-picked posts (<c>also_read:</c>), by slug; <see cref="Related"/> leaves them out.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<RenderedArticle>> AlsoRead { get; init; } =
        new Dictionary<string, IReadOnlyList<RenderedArticle>>();

    /// <summary>The build's clock, so views can mark posts dated after it as scheduled; null: nothing is scheduled.</summary>
    public DateTimeOffset? Now { get; init; }

    /// <summary>The language of this model's pages (each language of a site is assembled into a model of its own).</summary>
    public SiteLanguage Language { get; init; } = new(Config.Language, Config.Language, "");

    /// <summary>Which pages are translations of which, across every language of the site.</summary>
    public Translations Translations { get; init; } = Translations.None;

    /// <summary>On the default language's model, the models of the site's other languages; otherwise empty.</summary>
    public IReadOnlyList<SiteModel> OtherLanguages { get; init; } = [];

    /// <summary>This model and the other languages' models: every page of the site is in one of them.</summary>
    public IEnumerable<SiteModel> AllLanguages => [this, .. OtherLanguages];
}
