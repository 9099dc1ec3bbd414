using System.Xml.Linq;
using Generator.Output;
using Generator.Tests.Support;

namespace Generator.Tests.Output;

public class SitemapTests
{
    private static readonly XNamespace Sm = Sitemap.Namespace;

    private static readonly Lazy<BuildResult> Build = new(() =>
    {
        using var site = NewsSite.Create();
        return site.Build(write: false);
    });

    private static Dictionary<string, string?> Entries() => XDocument.Parse(Build.Value.Files.Single(f => f.Path == "sitemap.xml").Content)
        .Root!.Elements(Sm + "url").ToDictionary(u => u.Element(Sm + "loc")!.Value, u => u.Element(Sm + "lastmod")?.Value);

    private static string FileOf(string loc)
    {
        const string prefix = "https://example.github.io/ai-news/";
        loc.ShouldStartWith(prefix);
        var relative = Uri.UnescapeDataString(loc[prefix.Length..]);
        return relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
    }

    [Fact]
    public void Lists_every_html_page_except_404_and_nothing_else()
    {
        var html = Build.Value.Files.Select(f => f.Path).Where(p => p.EndsWith(".html") && p != "404.html").Order().ToList();
        Entries().Keys.Select(FileOf).Order().ToList().ShouldBe(html);
        html.ShouldContain("search/index.html");
        html.ShouldContain("page/2/index.html");
    }

    [Fact]
    public void Every_loc_maps_to_a_file_the_build_writes()
    {
        var paths = Build.Value.Files.Select(f => f.Path).ToHashSet();
        foreach (var loc in Entries().Keys) paths.ShouldContain(FileOf(loc));
    }

    [Fact]
    public void Posts_carry_their_update_or_publication_date()
    {
        var entries = Entries();
        entries["https://example.github.io/ai-news/posts/post-25/"].ShouldBe("2026-04-02T08:30:00+02:00");
        entries["https://example.github.io/ai-news/posts/post-3/"].ShouldBe("2026-03-03T00:00:00+00:00");
    }

    [Fact]
    public void List_pages_carry_the_newest_date_among_their_posts()
    {
        var entries = Entries();
        entries["https://example.github.io/ai-news/"].ShouldBe("2026-04-02T08:30:00+02:00");
        entries["https://example.github.io/ai-news/page/2/"].ShouldBe("2026-03-15T00:00:00+00:00");
        entries["https://example.github.io/ai-news/tags/kimi-k2-6/"].ShouldBe("2026-03-24T00:00:00+00:00");
        entries["https://example.github.io/ai-news/categories/tech/"].ShouldBe("2026-03-24T00:00:00+00:00");
    }

    [Fact]
    public void Pages_without_a_date_have_no_lastmod()
    {
        var entries = Entries();
        entries["https://example.github.io/ai-news/about/"].ShouldBeNull();
        entries["https://example.github.io/ai-news/glossary/gpu/"].ShouldBeNull();
    }

    [Fact]
    public void Robots_txt_names_the_sitemap_by_its_absolute_url() =>
        Build.Value.Files.Single(f => f.Path == "robots.txt").Content
            .ShouldContain("\nSitemap: https://example.github.io/ai-news/sitemap.xml\n");
}
