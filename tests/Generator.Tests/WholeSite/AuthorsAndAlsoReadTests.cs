using Generator.Tests.Support;

namespace Generator.Tests.WholeSite;

/// <summary>Issue 22 §4: an author's photo (<c>avatar:</c>) and a post's hand-picked "Also read" (<c>also_read:</c>), built whole.</summary>
public class AuthorsAndAlsoReadTests
{
    private const string WithAvatar = """
        title: "Test News"
        base_url: "https://example.github.io/ai-news/"
        authors:
          - id: ana
            name: Ana Example
            avatar: /images/authors/ana.png
          - id: ben
            name: Ben Example
        """;

    private static TestSite AvatarSite()
    {
        var site = new TestSite(WithAvatar);
        site.WriteBytes("content/images/authors/ana.png", ImageBuildTests.Png(256, 256))
            .Post("2026-04-01-by-ana.md", "By Ana", author: "ana")
            .Post("2026-04-02-by-ben.md", "By Ben", author: "ben");
        return site;
    }

    private const string AnaImage = "src=\"/ai-news/images/authors/ana.png\" alt=\"\" aria-hidden=\"true\" width=\"256\" height=\"256\" srcset=\"/ai-news/images/authors/ana-256w.webp 256w\"";

    [Fact]
    public void An_avatar_is_shown_small_in_bylines_and_large_on_the_author_page_and_box_with_size_and_webp()
    {
        using var site = AvatarSite();
        site.Build().Succeeded.ShouldBeTrue();
        File.Exists(Path.Combine(site.Output, "images/authors/ana-256w.webp")).ShouldBeTrue();
        var post = site.ReadOutput("posts/by-ana/index.html");
        post.ShouldContain($"<img class=\"avatar\" {AnaImage} sizes=\"1.6rem\"");
        post.ShouldContain($"<img class=\"avatar avatar-large\" {AnaImage} sizes=\"3.5rem\"");
        post.ShouldContain("\"author\":{\"@type\":\"Person\",\"name\":\"Ana Example\",\"url\":\"https://example.github.io/ai-news/authors/ana/\","
            + "\"image\":\"https://example.github.io/ai-news/images/authors/ana.png\"}");
        site.ReadOutput("authors/ana/index.html").ShouldContain($"<img class=\"avatar avatar-large\" {AnaImage} sizes=\"3.5rem\"");
        site.ReadOutput("index.html").ShouldContain($"<p class=\"meta byline\"><img class=\"avatar\" {AnaImage}");
        site.ReadOutput("feed.json").ShouldContain("\"avatar\": \"https://example.github.io/ai-news/images/authors/ana.png\"");
    }

    [Fact]
    public void An_author_without_an_avatar_keeps_the_initial()
    {
        using var site = AvatarSite();
        site.Build().Succeeded.ShouldBeTrue();
        site.ReadOutput("authors/ben/index.html").ShouldContain("<span class=\"avatar avatar-large\" aria-hidden=\"true\">B</span>");
        var post = site.ReadOutput("posts/by-ben/index.html");
        post.ShouldContain("<p class=\"meta byline\">\n      By <a");
        post.ShouldNotContain("ana.png\" alt=\"\" aria-hidden=\"true\" width=\"256\" height=\"256\" srcset=\"/ai-news/images/authors/ana-256w.webp 256w\" sizes=\"3.5rem\"");
    }

    [Fact]
    public void A_missing_avatar_file_fails_the_build_at_its_line_in_site_yml()
    {
        using var site = new TestSite(WithAvatar);
        site.Post("2026-04-01-a.md", "A");
        var result = site.Build();
        result.Succeeded.ShouldBeFalse();
        TestSite.Errors(result).ShouldBe([
            "site.yml:6:13: error GEN016: author 'ana': 'avatar' names no file of the site: there is no content/images/authors/ana.png"]);
        Directory.Exists(site.Output).ShouldBeFalse("nothing is written");
    }

    [Fact]
    public void Also_read_is_shown_before_related_reading_which_leaves_those_posts_out()
    {
        using var site = new TestSite();
        site.Post("2026-04-01-deal.md", "The deal", extra: "tags: [AI]")
            .Post("2026-04-02-chips.md", "Chips & <cores>", extra: "tags: [AI]")
            .Post("2026-04-03-cloud.md", "Cloud", extra: "tags: [AI]")
            .Post("2026-04-04-review.md", "Review", extra: "tags: [AI]\nalso_read: [chips, deal]");
        site.Build().Succeeded.ShouldBeTrue();
        var page = site.ReadOutput("posts/review/index.html");
        var alsoRead = page.IndexOf("<h2 id=\"also-read-heading\">Also read</h2>", StringComparison.Ordinal);
        var related = page.IndexOf("<h2 id=\"related-heading\">", StringComparison.Ordinal);
        alsoRead.ShouldBeGreaterThan(0);
        related.ShouldBeGreaterThan(alsoRead);
        var picked = page[alsoRead..related];
        picked.IndexOf("/posts/chips/", StringComparison.Ordinal).ShouldBeLessThan(picked.IndexOf("/posts/deal/", StringComparison.Ordinal));
        picked.ShouldContain("Chips &amp; &lt;cores&gt;");
        var automatic = page[related..page.IndexOf("</section>", related, StringComparison.Ordinal)];
        automatic.ShouldContain("/posts/cloud/");
        automatic.ShouldNotContain("/posts/chips/");
        automatic.ShouldNotContain("/posts/deal/");
        site.ReadOutput("posts/cloud/index.html").ShouldNotContain("also-read-heading");
    }

    [Fact]
    public void A_chinese_post_reads_chinese_posts_under_a_chinese_heading()
    {
        using var site = MultilingualSite.Create();
        site.Post("2026-04-24-review.md", "回顾", date: "2026-04-24", extra: "lang: zh\nalso_read: [training, deal]");
        site.Build().Succeeded.ShouldBeTrue();
        var page = site.ReadOutput("zh/posts/review/index.html");
        page.ShouldContain("<h2 id=\"also-read-heading\">延伸阅读</h2>");
        page.ShouldContain("<a href=\"/ai-news/zh/posts/training/\">训练是什么</a>");
        page.ShouldContain("<a href=\"/ai-news/zh/posts/deal/\">这笔交易</a>");
    }

    [Fact]
    public void A_chinese_post_naming_an_english_only_post_is_an_error_at_the_entry()
    {
        using var site = MultilingualSite.Create();
        site.Post("2026-04-24-review.md", "回顾", date: "2026-04-24", extra: "lang: zh\nalso_read:\n  - chips");
        var errors = TestSite.Errors(site.Build()).ToList();
        errors.ShouldHaveSingleItem().ShouldStartWith(
            "content/posts/2026-04-24-review.md:7:5: error GEN038: 'also_read': no 'zh' post has the slug 'chips'; 'chips' is a post in 'en'");
    }

    [Fact]
    public void A_draft_in_also_read_is_a_warning_and_left_out_until_published()
    {
        using var site = new TestSite();
        site.Post("2026-04-01-next.md", "Next", extra: "draft: true")
            .Post("2026-04-02-now.md", "Now", extra: "also_read: [next]");
        var result = site.Build();
        result.Succeeded.ShouldBeTrue();
        result.Diagnostics.Select(d => d.ToString()).ShouldContain(
            "content/posts/2026-04-02-now.md:5:13: warning GEN038: 'also_read' names 'next', a draft: it is left out of the list until it is published");
        site.ReadOutput("posts/now/index.html").ShouldNotContain("also-read-heading");

        site.Build(drafts: true).Succeeded.ShouldBeTrue();
        site.ReadOutput("posts/now/index.html").ShouldContain("<a href=\"/ai-news/posts/next/\">Next</a>");
    }
}
