using Generator.Content;

namespace Generator.Site;

/// <summary>One language's version of a page: its language and root-relative URL.</summary>
internal sealed record Alternate(SiteLanguage Language, string Url);

/// <summary>
/// Which pages are one page in several languages, by URL: posts, pages and glossary terms sharing a translation key,
/// tags that <c>tag_translations</c> pairs, and the sections every language has (home, tags, glossary, search, each
/// category and author). The language switch and hreflang links read it; a single-language site has none.
/// </summary>
internal sealed class Translations
{
    public static readonly Translations None = new([], new Dictionary<string, IReadOnlyList<Alternate>>());

    private readonly IReadOnlyDictionary<string, IReadOnlyList<Alternate>> byUrl;

    private Translations(IReadOnlyList<Alternate> homes, IReadOnlyDictionary<string, IReadOnlyList<Alternate>> byUrl)
    {
        Homes = homes;
        this.byUrl = byUrl;
    }

    /// <summary>Every language's home page, the default language first.</summary>
    public IReadOnlyList<Alternate> Homes { get; }

    /// <summary>The versions of the page at <paramref name="url"/> in every language that has it, itself included; empty when it has none.</summary>
    public IReadOnlyList<Alternate> Of(string url) => byUrl.TryGetValue(url, out var alternates) ? alternates : [];

    /// <summary>For each language: the same page in it when there is one, else the translation of the first of
    /// <paramref name="sections"/> (the page's section: a post's category, a tag's index) that has one, else that
    /// language's home.</summary>
    public IReadOnlyList<(Alternate Target, bool IsTranslation)> Switch(string url, IReadOnlyList<string>? sections = null)
    {
        var alternates = Of(url);
        return Homes.Select(home =>
        {
            if (alternates.FirstOrDefault(a => a.Language == home.Language) is { } same) return (same, true);
            var section = (sections ?? []).Select(s => Of(s).FirstOrDefault(a => a.Language == home.Language)).FirstOrDefault(a => a is not null);
            return (section ?? home, false);
        }).ToList();
    }

    public static Translations Link(IReadOnlyList<SiteModel> languages, DiagnosticBag diagnostics)
    {
        if (languages.Count < 2) return None;
        var groups = new Dictionary<(string Kind, string Id), List<Alternate>>();
        void Add(string kind, string id, SiteModel site, string url)
        {
            if (!groups.TryGetValue((kind, id), out var list)) groups[(kind, id)] = list = [];
            list.Add(new Alternate(site.Language, url));
        }
        foreach (var site in languages)
        {
            var urls = site.Urls;
            Add("section", "home", site, urls.Home);
            Add("section", "tags", site, urls.TagIndex);
            Add("section", "glossary", site, urls.GlossaryIndex);
            Add("section", "search", site, urls.Search);
            Add("section", "404", site, urls.NotFound);
            foreach (var group in site.Categories) Add("category", group.Category.Id, site, urls.Category(group.Category.Id));
            foreach (var group in site.Authors) Add("author", group.Author.Id, site, urls.Author(group.Author.Id));
            foreach (var post in site.Posts) Add("post", Key(post.Article.TranslationKey, post.Slug), site, urls.Post(post.Slug));
            foreach (var page in site.Pages) Add("page", Key(page.Page.TranslationKey, page.Page.Slug), site, urls.Page(page.Page.Slug));
            foreach (var term in site.Terms) Add("term", Key(term.Term.TranslationKey, term.Term.Slug), site, urls.Term(term.Term.Slug));
        }
        LinkTags(languages, diagnostics, Add);

        var byUrl = new Dictionary<string, IReadOnlyList<Alternate>>(StringComparer.Ordinal);
        foreach (var list in groups.Values.Where(l => l.Count > 1))
            foreach (var alternate in list) byUrl[alternate.Url] = list;
        var homes = languages.Select(s => new Alternate(s.Language, s.Urls.Home)).ToList();
        return new Translations(homes, byUrl);
    }

    private static string Key(string translationKey, string slug) => translationKey.Length > 0 ? translationKey : slug;

    /// <summary>Tags keep their names per language; <c>tag_translations</c> says which names are one topic.</summary>
    private static void LinkTags(IReadOnlyList<SiteModel> languages, DiagnosticBag diagnostics, Action<string, string, SiteModel, string> add)
    {
        var config = languages[0].Config;
        for (var i = 0; i < config.TagTranslations.Count; i++)
        {
            var entry = config.TagTranslations[i];
            foreach (var (code, name) in entry.NameByLanguage)
            {
                var site = languages.FirstOrDefault(s => s.Language.Code == code);
                var tag = site?.Tags.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.Ordinal));
                if (site is not null && tag is not null) add("tag", i.ToString(System.Globalization.CultureInfo.InvariantCulture), site, site.Urls.Tag(tag.Slug));
                else
                    diagnostics.Warning(entry.At, DiagnosticCodes.SiteConfig,
                        $"tag_translations names the {code} tag '{name}', but no {code} post has that tag; check its spelling");
            }
        }
    }
}
