using Generator.Content;

namespace Generator.Site;

/// <summary>
/// The header navigation of one language from <c>menu:</c> in site.yml. A root-relative URL names a page of the site,
/// and each language's menu points into its own part (<c>/tags/</c> → <c>/zh/tags/</c>); a file of content/ (a PDF)
/// is the site's, the same in every language. A root-relative URL that is neither a page of the language (a section
/// every language generates, a post, tag, category, author, term or page it has, a feed) nor a file of content/ is an
/// error at the entry's <c>url</c> in site.yml: the menu would lead readers of that language to a 404.
/// </summary>
internal static class MenuLinks
{
    /// <summary>The menu's entries as (label, URL) in <paramref name="site"/>'s language; null when site.yml has no menu.</summary>
    public static IReadOnlyList<(string Label, string Url)>? Of(SiteModel site) =>
        site.Config.Menu?.Select(m => (m.Label, Resolve(site, m.Url))).ToList();

    /// <summary>Reports every root-relative entry that leads to no page in one of the site's languages.</summary>
    public static void Check(SiteModel site, DiagnosticBag diagnostics)
    {
        foreach (var language in site.AllLanguages)
        {
            if (language.Config.Menu is not { Count: > 0 } menu) continue;
            var pages = PagesOf(language);
            foreach (var entry in menu.Where(m => IsSitePath(m.Url)))
            {
                var url = Resolve(language, entry.Url);
                if (pages.Contains(PathOf(url)) || IsStaticFile(language, entry.Url)) continue;
                var at = entry.UrlAt ?? SourceLocation.FileStart(SiteConfigReader.FileName);
                var where = site.Config.IsMultilingual ? $" in {language.Language.Name} ({language.Language.Code}): {url} does not exist" : "";
                // A page missing only in this language needs a translation, not another URL.
                var elsewhere = site.AllLanguages.Any(other => PagesOf(other).Contains(PathOf(Resolve(other, entry.Url))));
                var suggestion = elsewhere ? "" : DidYouMean.Hint(PathOf(url), pages);
                diagnostics.Error(at, DiagnosticCodes.SiteConfig,
                    $"menu entry '{entry.Label}' links to {entry.Url}, which is not a page of the site{where}{suggestion}; "
                    + (site.Config.IsMultilingual && !language.Language.IsDefault
                        ? $"add the page in {language.Language.Code} (e.g. a file ending in .{language.Language.Code}.md, or 'lang: {language.Language.Code}'), use an absolute URL, or remove the entry"
                        : "add the page, correct the URL, or remove the entry"));
            }
        }
    }

    private static bool IsSitePath(string url) => url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal);

    private static string Resolve(SiteModel site, string url) =>
        !IsSitePath(url) ? url
        : IsStaticFile(site, url) ? site.Urls.BasePath + url.TrimStart('/')
        : site.Urls.InLanguage(url);

    private static bool IsStaticFile(SiteModel site, string url) =>
        IsSitePath(url) && site.StaticFiles is { } files && files.Paths.Contains(PathOf(url).TrimStart('/'), StringComparer.Ordinal);

    /// <summary>The path of a URL, without its query or fragment, and with a folder's missing trailing slash added.</summary>
    private static string PathOf(string url)
    {
        var end = url.IndexOfAny(['?', '#']);
        var path = end < 0 ? url : url[..end];
        return path.EndsWith('/') || Path.HasExtension(path) ? path : path + "/";
    }

    /// <summary>Every URL of a page or feed this language generates.</summary>
    private static HashSet<string> PagesOf(SiteModel site)
    {
        var u = site.Urls;
        var pages = new HashSet<string>(StringComparer.Ordinal)
        {
            u.Home, u.TagIndex, u.GlossaryIndex, u.Search, u.SearchIndex, u.AtomFeed, u.RssFeed, u.JsonFeed, u.NotFound,
        };
        foreach (var post in site.Posts) pages.Add(u.Post(post.Slug));
        foreach (var tag in site.Tags) pages.UnionWith([u.Tag(tag.Slug), u.FeedOf(u.Tag(tag.Slug))]);
        foreach (var group in site.Categories) pages.UnionWith([u.Category(group.Category.Id), u.FeedOf(u.Category(group.Category.Id))]);
        foreach (var group in site.Authors) pages.Add(u.Author(group.Author.Id));
        foreach (var term in site.Terms) pages.Add(u.Term(term.Term.Slug));
        foreach (var page in site.Pages) pages.Add(u.Page(page.Page.Slug));
        return pages;
    }
}
