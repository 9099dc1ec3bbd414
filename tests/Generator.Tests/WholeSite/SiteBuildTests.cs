using Generator.Tests.Support;

namespace Generator.Tests.WholeSite;

public class SiteBuildTests
{
    private static TestSite SmallSite()
    {
        var site = new TestSite();
        site.Post("2026-04-20-amazon-deal.md", "Amazon & Anthropic <deal>", date: "2026-04-20",
                extra: "category: tech\ntags: [\"Kimi K2.6\", \"Biotech & Health\"]\nsummary: \"Money <b>flows</b> back\"\nsources:\n  - title: \"Report\"\n    url: \"https://example.com/r\"\nfaq:\n  - q: \"Why?\"\n    a: \"Because.\"",
                body: "Read [the other post](/posts/second/) and the [glossary](/glossary/gpu/).\n\n| a | b |\n|---|---|\n| 1 | 2 |\n")
            .Post("2026-04-21-second.md", "Second", date: "2026-04-21T10:00:00+02:00", author: "ben", extra: "tags: [\"人工智能\"]")
            .Post("2026-04-22-draft.md", "Draft post", date: "2026-04-22", extra: "draft: true")
            .Post("2026-06-01-future.md", "Future post", date: "2026-06-01")
            .Write("content/glossary/gpu.md", "---\nterm: GPU\nshort: \"A chip for parallel maths.\"\n---\nLong explanation.\n")
            .Write("content/pages/about.md", "---\ntitle: About us\n---\nWe explain AI.\n");
        return site;
    }

    [Fact]
    public void Builds_every_page_kind_at_its_url()
    {
        using var site = SmallSite();
        var result = site.Build();
        TestSite.Errors(result).ShouldBeEmpty();
        var paths = result.Paths.ToHashSet();
        paths.ShouldBe(new[]
        {
            "index.html", "posts/amazon-deal/index.html", "posts/second/index.html", "tags/index.html",
            "tags/kimi-k2-6/index.html", "tags/biotech-health/index.html", "tags/人工智能/index.html",
            "categories/tech/index.html", "categories/policy/index.html", "authors/ana/index.html", "authors/ben/index.html",
            "glossary/index.html", "glossary/gpu/index.html", "about/index.html", "404.html", "search/index.html",
            "feed.xml", "rss.xml", "feed.json", "tags/kimi-k2-6/feed.xml", "tags/biotech-health/feed.xml", "tags/人工智能/feed.xml",
            "categories/tech/feed.xml", "search-index.json", "follow-index.json", "sitemap.xml", "robots.txt", ".nojekyll",
        }, ignoreOrder: true);
        File.Exists(Path.Combine(site.Output, "posts/amazon-deal/index.html")).ShouldBeTrue();
        Directory.GetFiles(Path.Combine(site.Output, "assets")).ShouldContain(f => Path.GetFileName(f).StartsWith("site.") && f.EndsWith(".css"));
    }

    [Fact]
    public void A_written_build_streams_the_same_pages_to_disk_that_an_in_memory_build_holds()
    {
        using var site = SmallSite();
        var inMemory = site.Build(write: false);
        var written = site.Build();
        written.Paths.ShouldBe(inMemory.Files.Select(f => f.Path), ignoreOrder: true);
        written.Files.ShouldBeEmpty();
        foreach (var file in inMemory.Files) site.ReadOutput(file.Path).ShouldBe(file.Content, file.Path);
    }

    [Fact]
    public void A_template_error_and_an_output_collision_are_reported_together_and_the_previous_output_stays()
    {
        using var site = SmallSite();
        site.Build().Succeeded.ShouldBeTrue();
        var before = Snapshot(site.Output);

        site.Write("templates/post.sbn-html", "{{ post.titel }}").Write("content/rss.xml", "<rss/>");
        var errors = TestSite.Errors(site.Build());
        errors.ShouldContain(e => e.StartsWith("templates/post.sbn-html:1:9: error GEN014:"));
        errors.ShouldContain(e => e.StartsWith("content/rss.xml:1:1: error GEN027:"));
        Snapshot(site.Output).ShouldBe(before);
        Directory.GetFileSystemEntries(site.Root).Select(Path.GetFileName).ShouldNotContain(d => d!.Contains(".tmp-") || d.Contains(".old-"));
    }

    [Fact]
    public void A_page_that_fails_to_render_mid_build_leaves_the_previous_output_and_no_staging_folder()
    {
        using var site = SmallSite();
        site.Build().Succeeded.ShouldBeTrue();
        var before = Snapshot(site.Output);

        site.Write("templates/term.sbn-html", "{{ include 'no-such-partial' }}"); // posts and lists render and stream first
        site.Build().Succeeded.ShouldBeFalse();
        Snapshot(site.Output).ShouldBe(before);
        Directory.GetFileSystemEntries(site.Root).Select(Path.GetFileName).ShouldNotContain(d => d!.Contains(".tmp-") || d.Contains(".old-"));
    }

    [Fact]
    public void Front_matter_values_are_html_escaped()
    {
        using var site = SmallSite();
        site.Build();
        var html = site.ReadOutput("posts/amazon-deal/index.html");
        html.ShouldContain("<h1>Amazon &amp; Anthropic &lt;deal&gt;</h1>");
        html.ShouldContain("Money &lt;b&gt;flows&lt;/b&gt; back");
        html.ShouldNotContain("<b>flows</b>");
    }

    [Fact]
    public void Every_root_relative_link_carries_the_base_path()
    {
        using var site = SmallSite();
        var result = site.Build();
        foreach (var path in result.Paths.Where(p => p.EndsWith(".html")))
        {
            var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(site.ReadOutput(path));
            var urls = document.QuerySelectorAll("[href], [src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!);
            foreach (var url in urls.Where(u => u.StartsWith('/')))
                url.ShouldStartWith("/ai-news/", customMessage: $"in {path}");
        }
        site.ReadOutput("posts/amazon-deal/index.html").ShouldContain("<a href=\"/ai-news/posts/second/\">the other post</a>");
    }

    [Fact]
    public void Base_url_option_overrides_site_yml()
    {
        using var site = SmallSite();
        site.Build(baseUrl: "https://news.example.org/").Diagnostics.ShouldBeEmpty();
        var html = site.ReadOutput("posts/amazon-deal/index.html");
        html.ShouldContain("<a href=\"/posts/second/\">the other post</a>");
        html.ShouldContain("<link rel=\"canonical\" href=\"https://news.example.org/posts/amazon-deal/\">");
    }

    [Fact]
    public void Drafts_and_future_posts_are_left_out_unless_asked_for()
    {
        using var site = SmallSite();
        var paths = site.Build().Paths;
        paths.ShouldNotContain("posts/draft/index.html");
        paths.ShouldNotContain("posts/future/index.html");

        var all = site.Build(drafts: true, future: true).Paths;
        all.ShouldContain("posts/draft/index.html");
        all.ShouldContain("posts/future/index.html");
    }

    [Fact]
    public void Post_page_shows_the_explainer_furniture()
    {
        using var site = SmallSite();
        site.Build();
        var html = site.ReadOutput("posts/amazon-deal/index.html");
        html.ShouldContain("<a href=\"/ai-news/authors/ana/\">Ana Example</a>");
        html.ShouldContain("<a href=\"/ai-news/categories/tech/\">Tech Frontline</a>");
        html.ShouldContain("<time datetime=\"2026-04-20\">20 April 2026</time>");
        html.ShouldContain("1 min read");
        html.ShouldContain("<a class=\"tag\" href=\"/ai-news/tags/kimi-k2-6/\">Kimi K2.6</a>");
        html.ShouldContain("<h2 id=\"tldr-heading\">TL;DR</h2>");
        html.ShouldContain("<a href=\"https://example.com/r\" rel=\"noopener\">Report</a>");
        html.ShouldContain("<summary>Why?</summary>");
        html.ShouldContain("Back to all news");
        html.ShouldContain("<table>");
        html.ShouldContain("rel=\"next\" href=\"/ai-news/posts/second/\"");
    }

    [Fact]
    public void Home_page_lists_newest_first_and_paginates()
    {
        using var site = new TestSite(TestSite.DefaultConfig + "\nposts_per_page: 2\n");
        for (var day = 1; day <= 5; day++) site.Post($"2026-04-0{day}-p{day}.md", $"Post {day}", date: $"2026-04-0{day}");
        var result = site.Build();
        result.Paths.ShouldContain("page/3/index.html");
        var home = site.ReadOutput("index.html");
        home.IndexOf("Post 5", StringComparison.Ordinal).ShouldBeLessThan(home.IndexOf("Post 4", StringComparison.Ordinal));
        home.ShouldNotContain("Post 3");
        home.ShouldContain("href=\"/ai-news/page/2/\"");
        site.ReadOutput("page/3/index.html").ShouldContain("Post 1");
    }

    [Fact]
    public void Failed_build_leaves_the_previous_output_exactly_as_it_was()
    {
        using var site = SmallSite();
        site.Build().Succeeded.ShouldBeTrue();
        var before = Snapshot(site.Output);

        site.Post("2026-04-23-broken.md", "Broken", author: "nobody");
        site.Build().Succeeded.ShouldBeFalse();
        Snapshot(site.Output).ShouldBe(before);
        Directory.GetDirectories(site.Root).Select(Path.GetFileName).ShouldNotContain(d => d!.Contains(".tmp-") || d.Contains(".old-"));
    }

    [Fact]
    public void Successful_rebuild_replaces_stale_files()
    {
        using var site = SmallSite();
        site.Build();
        File.Delete(Path.Combine(site.Root, "content/posts/2026-04-21-second.md"));
        site.Build().Succeeded.ShouldBeTrue();
        Directory.Exists(Path.Combine(site.Output, "posts/second")).ShouldBeFalse();
    }

    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllText);
}
