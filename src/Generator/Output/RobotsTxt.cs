using Generator.Rendering;
using Generator.Site;

namespace Generator.Output;

/// <summary>
/// /robots.txt: allows everything and names the sitemap by its absolute URL. Crawlers only read robots.txt at the root
/// of a host, so on a project site (/ai-news/) this file is informational; the sitemap line is what matters there.
/// </summary>
internal static class RobotsTxt
{
    public static OutputFile Write(SiteModel site) => new(site.Urls.OutputPath(site.Urls.Robots),
        $"User-agent: *\nAllow: /\n\nSitemap: {site.Urls.Absolute(site.Urls.Sitemap)}\n");
}
