namespace Generator.Site;

/// <summary>The content file each page is made from (a post's, glossary term's or page's .md), by the page's output
/// path, for messages about a page that must send the author to the file they edit.</summary>
internal static class PageSources
{
    public static Dictionary<string, string> Of(SiteModel site)
    {
        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var language in site.AllLanguages)
        {
            var urls = language.Urls;
            foreach (var post in language.Posts) sources[urls.OutputPath(urls.Post(post.Slug))] = post.Article.SourcePath;
            foreach (var term in language.Terms) sources[urls.OutputPath(urls.Term(term.Term.Slug))] = term.Term.SourcePath;
            foreach (var page in language.Pages) sources[urls.OutputPath(urls.Page(page.Page.Slug))] = page.Page.SourcePath;
        }
        return sources;
    }
}
