using System.Text.RegularExpressions;

namespace Generator.Site;

/// <summary>
/// Every URL of the site in one place, all under the base path so a GitHub Pages project site works.
/// A URL ending in '/' is written as that folder's index.html. On a site with several languages each language has its
/// own SiteUrls: its pages, lists, feeds and search index live under <see cref="LanguagePath"/> (/ai-news/zh/), while
/// theme assets, the sitemap and robots.txt are the site's, under <see cref="BasePath"/>.
/// </summary>
internal sealed partial class SiteUrls(Uri baseUrl, string languagePrefix = "")
{
    /// <summary>The path of the base URL: the site root, "/" or "/ai-news/".</summary>
    public string BasePath { get; } = baseUrl.AbsolutePath.EndsWith('/') ? baseUrl.AbsolutePath : baseUrl.AbsolutePath + "/";

    /// <summary>Where this language's pages live: the site root for the default language, else "/ai-news/zh/".</summary>
    public string LanguagePath => BasePath + languagePrefix;

    public string Home => LanguagePath;

    public string HomePage(int page) => page <= 1 ? LanguagePath : $"{LanguagePath}page/{page}/";

    public string Post(string slug) => $"{LanguagePath}posts/{slug}/";

    public string TagIndex => $"{LanguagePath}tags/";

    public string Tag(string slug) => $"{LanguagePath}tags/{slug}/";

    public string Category(string id) => $"{LanguagePath}categories/{id}/";

    public string Author(string id) => $"{LanguagePath}authors/{id}/";

    public string GlossaryIndex => $"{LanguagePath}glossary/";

    public string Term(string slug) => $"{LanguagePath}glossary/{slug}/";

    public string Page(string slug) => $"{LanguagePath}{slug}/";

    /// <summary>A root-relative path of this language's part of the site: "/tags/" → "/ai-news/zh/tags/".</summary>
    public string InLanguage(string path) => LanguagePath + path.TrimStart('/');

    /// <summary>This language's 404 page: /404.html, which GitHub Pages serves for every missing URL, and /zh/404.html
    /// for hosts that serve a folder's own 404 page (as Hugo writes one per language).</summary>
    public string NotFound => $"{LanguagePath}404.html";

    public string Asset(string file) => $"{BasePath}assets/{file}";

    public string Search => $"{LanguagePath}search/";

    public string SearchIndex => $"{LanguagePath}search-index.json";

    public string AtomFeed => $"{LanguagePath}feed.xml";

    public string RssFeed => $"{LanguagePath}rss.xml";

    public string JsonFeed => $"{LanguagePath}feed.json";

    public string Sitemap => $"{BasePath}sitemap.xml";

    public string Robots => $"{BasePath}robots.txt";

    /// <summary>The Atom feed of a tag or category lives beside its first page: /tags/x/ → /tags/x/feed.xml.</summary>
    public string FeedOf(string listUrl) => $"{listUrl}feed.xml";

    /// <summary>Page <paramref name="page"/> of a paginated list whose first page is <paramref name="firstPageUrl"/>.</summary>
    public string ListPage(string firstPageUrl, int page) => page <= 1 ? firstPageUrl : $"{firstPageUrl}page/{page}/";

    /// <summary>The absolute form, for canonical links, feeds and sitemaps; a URL that is absolute already is kept.</summary>
    public string Absolute(string siteUrl) => IsAbsolute(siteUrl) ? siteUrl : new Uri(baseUrl, siteUrl).AbsoluteUri;

    /// <summary>True for "https:", "mailto:" and other URLs with a scheme, and for "//host/…".</summary>
    // Uri.TryCreate(…, UriKind.Absolute) is no test for this: on Linux it accepts "/x" as a file path.
    public static bool IsAbsolute(string url) => url.StartsWith("//", StringComparison.Ordinal) || SchemePrefix().IsMatch(url);

    [GeneratedRegex("^[a-zA-Z][a-zA-Z0-9+.-]*:")]
    private static partial Regex SchemePrefix();

    /// <summary>The output file, relative to the output folder, that serves a site URL.</summary>
    public string OutputPath(string siteUrl)
    {
        var relative = siteUrl.StartsWith(BasePath, StringComparison.Ordinal) ? siteUrl[BasePath.Length..] : siteUrl.TrimStart('/');
        return OutputPaths.Of(relative);
    }
}
