using Generator.Markdown;
using Generator.Rendering;
using Generator.Site;

namespace Generator.Output;

/// <summary>
/// /sitemap.xml (sitemaps.org 0.9): every HTML page the build rendered except the 404 pages. Built from the rendered
/// files rather than from the site model, so a page kind added later is listed without touching this file.
/// One sitemap covers every language; a page with translations lists them all as
/// <c>&lt;xhtml:link rel="alternate" hreflang&gt;</c>, itself included, as search engines ask.
/// </summary>
internal static class Sitemap
{
    public const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    public const string XhtmlNamespace = "http://www.w3.org/1999/xhtml";

    /// <param name="paths">The output path of every file the build produced.</param>
    public static OutputFile Write(SiteModel site, IEnumerable<string> paths)
    {
        var urls = site.Urls;
        var lastModified = LastModified(site);
        var notFound = site.AllLanguages.Select(l => urls.OutputPath(l.Urls.NotFound)).ToHashSet(StringComparer.Ordinal);
        var pages = paths
            .Where(p => p.EndsWith(".html", StringComparison.Ordinal) && !notFound.Contains(p))
            .Select(SiteUrlOf(urls))
            .Order(StringComparer.Ordinal);
        var xml = XmlText.Write(xml =>
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", Namespace);
            if (site.Config.IsMultilingual) xml.WriteAttributeString("xmlns", "xhtml", null, XhtmlNamespace);
            foreach (var url in pages)
            {
                xml.WriteStartElement("url", Namespace);
                xml.WriteElementString("loc", Namespace, urls.Absolute(url));
                if (lastModified.TryGetValue(url, out var date)) xml.WriteElementString("lastmod", Namespace, FeedDates.Rfc3339(date));
                foreach (var alternate in site.Translations.Of(url))
                {
                    xml.WriteStartElement("xhtml", "link", XhtmlNamespace);
                    xml.WriteAttributeString("rel", "alternate");
                    xml.WriteAttributeString("hreflang", alternate.Language.Code);
                    xml.WriteAttributeString("href", urls.Absolute(alternate.Url));
                    xml.WriteEndElement();
                }
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
            xml.WriteEndDocument();
        });
        return new OutputFile(urls.OutputPath(urls.Sitemap), xml);
    }

    /// <summary>The inverse of <see cref="SiteUrls.OutputPath"/>: posts/x/index.html → /base/posts/x/.</summary>
    private static Func<string, string> SiteUrlOf(SiteUrls urls) => path => urls.BasePath + OutputPaths.UrlOf(path);

    /// <summary>
    /// When each page last changed, where the content says: a post's update or publication date; a list page, the
    /// newest change among the posts it shows. Glossary and standalone pages carry no date, so they get no lastmod.
    /// </summary>
    private static Dictionary<string, DateTimeOffset> LastModified(SiteModel site)
    {
        var dates = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        foreach (var language in site.AllLanguages) AddLastModified(dates, language);
        return dates;
    }

    private static void AddLastModified(Dictionary<string, DateTimeOffset> dates, SiteModel site)
    {
        var urls = site.Urls;
        foreach (var post in site.Posts) dates[urls.Post(post.Slug)] = Changed(post);
        AddList(dates, site, urls.Home, site.Posts);
        foreach (var tag in site.Tags) AddList(dates, site, urls.Tag(tag.Slug), tag.Posts);
        foreach (var group in site.Categories) AddList(dates, site, urls.Category(group.Category.Id), group.Posts);
        foreach (var group in site.Authors) AddList(dates, site, urls.Author(group.Author.Id), group.Posts);
        if (site.Posts.Count > 0) dates[urls.TagIndex] = site.Posts.Max(Changed);
    }

    private static void AddList(Dictionary<string, DateTimeOffset> dates, SiteModel site, string firstPage, IReadOnlyList<RenderedArticle> posts)
    {
        foreach (var slice in Paginator.Paginate(posts, site.Config.PostsPerPage).Where(s => s.Items.Count > 0))
            dates[site.Urls.ListPage(firstPage, slice.Number)] = slice.Items.Max(Changed);
    }

    private static DateTimeOffset Changed(RenderedArticle post) => post.Article.Updated ?? post.Article.Date;
}
