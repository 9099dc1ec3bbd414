using Generator.Check;
using Generator.Output;
using Generator.Serve;
using Generator.Tests.Support;

namespace Generator.Tests.Output;

/// <summary>.nojekyll and CNAME: written at the root of the output, and invisible to the sitemap, check and serve.</summary>
public class PagesFilesTests
{
    private const string CustomDomain = """
        title: "Test News"
        description: "A test site on its own domain."
        base_url: "https://news.example.com/"
        cname: news.example.com
        authors:
          - id: ana
            name: Ana Example
        """;

    [Fact]
    public void The_build_writes_an_empty_nojekyll_at_the_root_of_the_output_and_no_cname_without_one()
    {
        using var site = new TestSite();
        site.Post("2026-04-01-one.md", "One", extra: "summary: \"About one.\"");
        site.Build().Succeeded.ShouldBeTrue();
        new FileInfo(Path.Combine(site.Output, PagesFiles.NoJekyll)).Length.ShouldBe(0);
        File.Exists(Path.Combine(site.Output, PagesFiles.Cname)).ShouldBeFalse();
        Directory.Exists(Path.Combine(site.Output, "ai-news")).ShouldBeFalse("the base path is the URL's, not a folder of the output");
    }

    [Fact]
    public void A_custom_domain_build_writes_cname_and_links_without_a_path()
    {
        using var site = new TestSite(CustomDomain);
        site.Post("2026-04-01-one.md", "One", extra: "summary: \"About one.\"");
        var result = site.Build();
        result.Diagnostics.ShouldBeEmpty();
        site.ReadOutput(PagesFiles.Cname).ShouldBe("news.example.com\n");
        File.Exists(Path.Combine(site.Output, PagesFiles.NoJekyll)).ShouldBeTrue();
        var home = site.ReadOutput("index.html");
        home.ShouldContain("href=\"/posts/one/\"");
        home.ShouldContain("<link rel=\"canonical\" href=\"https://news.example.com/\">");
        site.ReadOutput("sitemap.xml").ShouldContain("<loc>https://news.example.com/posts/one/</loc>");
        site.ReadOutput("robots.txt").ShouldContain("Sitemap: https://news.example.com/sitemap.xml");
    }

    [Fact]
    public void The_sitemap_lists_pages_only_never_the_pages_files()
    {
        using var site = new TestSite(CustomDomain);
        site.Post("2026-04-01-one.md", "One");
        var result = site.Build(write: false);
        result.Files.Select(f => f.Path).ShouldContain(PagesFiles.Cname);
        var sitemap = result.Files.Single(f => f.Path == "sitemap.xml").Content;
        sitemap.ShouldNotContain("nojekyll");
        sitemap.ShouldNotContain("CNAME");
    }

    [Fact]
    public void Check_finds_nothing_to_report_on_a_custom_domain_site()
    {
        using var site = new TestSite(CustomDomain);
        site.Post("2026-04-01-one.md", "One", extra: "summary: \"About one.\"");
        var report = SiteChecker.Run(new BuildOptions(site.Root, site.Output));
        report.Diagnostics.Select(d => d.ToString()).ShouldBeEmpty();
        report.PageCount.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void Serve_answers_pages_as_before_and_never_the_dot_file()
    {
        using var site = new TestSite(CustomDomain);
        site.Post("2026-04-01-one.md", "One");
        var result = site.Build(write: false);
        var served = ServedSite.From(result.Site!.Urls.BasePath, result.Files, new Dictionary<string, byte[]>());
        RequestPaths.Resolve("/", served).ShouldBe(new RequestTarget.File("index.html"));
        RequestPaths.Resolve("/posts/one/", served).ShouldBe(new RequestTarget.File("posts/one/index.html"));
        RequestPaths.Resolve("/" + PagesFiles.NoJekyll, served).ShouldBeOfType<RequestTarget.NotFound>();
    }
}
