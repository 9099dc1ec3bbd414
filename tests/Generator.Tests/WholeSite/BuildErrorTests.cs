using System.Text;
using Generator.Tests.Support;

namespace Generator.Tests.WholeSite;

public class BuildErrorTests
{
    [Fact]
    public void Every_error_of_a_build_is_reported_at_once()
    {
        using var site = new TestSite();
        site.Post("2026-04-01-one.md", "One", author: "nobody")
            .Post("2026-04-02-two.md", "Two", date: "yesterday")
            .Write("content/posts/2026-04-03-three.md", "---\ntitle: [broken\n---\n")
            .Write("content/glossary/gpu.md", "---\nterm: GPU\nshort: \"\"\n---\n")
            .Write("templates/tag.sbn-html", "<h1>{{ heading }}</h1>\n{{ for post in posts }}\n{{ post.title }}\n");
        var result = site.Build();
        result.Succeeded.ShouldBeFalse();
        var errors = TestSite.Errors(result).ToList();
        errors.ShouldContain(e => e.StartsWith("content/posts/2026-04-01-one.md:4:9: error GEN008: unknown author 'nobody'"));
        errors.ShouldContain(e => e.StartsWith("content/posts/2026-04-02-two.md:3:7: error GEN005:"));
        errors.ShouldContain(e => e.StartsWith("content/posts/2026-04-03-three.md:") && e.Contains("error GEN003: malformed YAML"));
        errors.ShouldContain(e => e.StartsWith("content/glossary/gpu.md:3:8: error GEN019:"));
        errors.ShouldContain("templates/tag.sbn-html:2:4: error GEN013: template does not parse: this 'for' is never closed; add {{ end }} where it should end");
        errors.Count.ShouldBe(5);
    }

    [Fact]
    public void Unknown_author_or_category_in_a_post_suggests_the_id_it_is_part_of()
    {
        using var site = new TestSite(TestSite.DefaultConfig.Replace("  - id: ben\n", "  - id: priya-raman\n    name: Priya Raman\n  - id: ben\n")
            .Replace("id: tech\n", "id: tech-frontline\n"));
        site.Post("2026-04-01-a.md", "A", author: "priya", extra: "category: tech");
        TestSite.Errors(site.Build()).ShouldBe([
            "content/posts/2026-04-01-a.md:4:9: error GEN008: unknown author 'priya' (did you mean 'priya-raman'?); authors are listed in site.yml",
            "content/posts/2026-04-01-a.md:5:11: error GEN009: unknown category 'tech' (did you mean 'tech-frontline'?); categories are listed in site.yml",
        ]);
    }

    [Fact]
    public void Two_posts_with_one_slug_name_both_files_in_one_error()
    {
        using var site = new TestSite();
        site.Post("2026-04-01-same.md", "A").Post("2026-04-02-other.md", "B", extra: "slug: same");
        TestSite.Errors(site.Build()).ShouldBe([
            "content/posts/2026-04-01-same.md:1:1: error GEN010: post slug 'same' is also used by content/posts/2026-04-02-other.md; set a different 'slug' in one of them",
        ]);
    }

    /// <summary>One error per file, each naming all the others, printed 213 MB for 3,000 posts (issue 24).</summary>
    [Fact]
    public void Three_thousand_posts_with_one_slug_are_one_error_naming_five_files_and_counting_the_rest()
    {
        using var site = new TestSite();
        for (var i = 0; i < 3000; i++) site.Post($"2026-04-01-p{i:0000}.md", $"P{i}", extra: "slug: same");

        var run = CliRun.Of("build", "--source", site.Root);

        run.ExitCode.ShouldBe(1);
        var errors = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        errors.ShouldBe([
            "content/posts/2026-04-01-p0000.md:1:1: error GEN010: post slug 'same' is also used by 2,999 other files: "
            + string.Join(", ", Enumerable.Range(1, 5).Select(i => $"content/posts/2026-04-01-p{i:0000}.md"))
            + " and 2,994 more; give all but one of them a different 'slug'",
            $"Build failed: 1 error(s); the previous output in {site.Output} was left as it was.",
        ]);
    }

    [Fact]
    public void Two_different_tags_with_one_slug_are_an_error_at_the_newer_posts_tag()
    {
        using var site = new TestSite();
        site.Post("2026-04-01-a.md", "A", date: "2026-04-01", extra: "tags: [\"Kimi K2.6\"]")
            .Post("2026-04-02-b.md", "B", date: "2026-04-02", extra: "tags:\n  - Agents\n  - \"Kimi K2 6\"");
        TestSite.Errors(site.Build()).ShouldHaveSingleItem().ShouldBe(
            "content/posts/2026-04-02-b.md:7:5: error GEN012: tag 'Kimi K2 6' has the same URL slug 'kimi-k2-6' as tag 'Kimi K2.6' in content/posts/2026-04-01-a.md; spell them the same way");
    }

    [Fact]
    public void Tags_spelt_with_different_capitals_are_one_tag_under_the_earliest_spelling_with_a_warning()
    {
        using var site = new TestSite();
        // The newer post's file name sorts first, so the earliest spelling is chosen by date, not by file order.
        site.Post("2026-04-01-z-old.md", "Old", date: "2026-04-01", extra: "tags: [\"Kimi K2.6\"]")
            .Post("2026-04-02-a-new.md", "New", date: "2026-04-02", extra: "tags: [\"Agents\", \"Kimi k2.6\"]");
        var result = site.Build();

        result.Succeeded.ShouldBeTrue(string.Join("\n", result.Diagnostics));
        result.Diagnostics.ShouldHaveSingleItem().ToString().ShouldBe(
            "content/posts/2026-04-02-a-new.md:5:18: warning GEN031: tag 'Kimi k2.6' is written 'Kimi K2.6' in "
            + "content/posts/2026-04-01-z-old.md, the earliest post with it; using 'Kimi K2.6' (spell it the same way)");
        var tag = result.Site!.Tags.Single(t => t.Slug == "kimi-k2-6");
        tag.Name.ShouldBe("Kimi K2.6");
        tag.Posts.Select(p => p.Slug).ShouldBe(["a-new", "z-old"]);
        site.ReadOutput("posts/a-new/index.html").ShouldContain(">Kimi K2.6</a>");
        site.ReadOutput("posts/a-new/index.html").ShouldNotContain("Kimi k2.6", Case.Sensitive);
        site.ReadOutput("tags/index.html").ShouldNotContain("Kimi k2.6", Case.Sensitive);
    }

    [Fact]
    public void Template_that_fails_to_render_names_the_template()
    {
        using var site = new TestSite();
        site.Post("2026-04-01-a.md", "A").Write("templates/post.sbn-html", "{{ include 'no-such-partial' }}");
        var error = TestSite.Errors(site.Build()).ShouldHaveSingleItem();
        error.ShouldStartWith("templates/post.sbn-html:1:4: error GEN014: template failed while rendering /ai-news/posts/a/:");
        error.ShouldContain("no-such-partial");
    }

    [Fact]
    public void File_that_is_not_utf8_is_an_error_and_crlf_with_bom_builds()
    {
        using var site = new TestSite();
        site.WriteBytes("content/posts/2026-04-01-latin1.md", Encoding.Latin1.GetBytes("---\ntitle: Caf\u00e9\ndate: 2026-04-01\nauthor: ana\n---\n"));
        site.WriteBytes("content/posts/2026-04-02-crlf.md", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("---\r\ntitle: CRLF\r\ndate: 2026-04-02\r\nauthor: ana\r\n---\r\n# Hi\r\n")]);
        var result = site.Build();
        TestSite.Errors(result).ShouldHaveSingleItem().ShouldStartWith("content/posts/2026-04-01-latin1.md:2:11: error GEN001:");

        File.Delete(Path.Combine(site.Root, "content/posts/2026-04-01-latin1.md"));
        site.Build().Succeeded.ShouldBeTrue();
        site.ReadOutput("posts/crlf/index.html").ShouldContain("<h1>CRLF</h1>");
    }

    [Fact]
    public void Malformed_site_yml_is_reported_at_its_line()
    {
        using var site = new TestSite(config: "title: T\nbase_url: https://example.com/\ncategories: [\n");
        TestSite.Errors(site.Build()).ShouldHaveSingleItem().ShouldStartWith("site.yml:4:1: error GEN003: malformed YAML");
    }

    [Fact]
    public void Page_slug_that_collides_with_a_section_is_an_error()
    {
        using var site = new TestSite();
        site.Write("content/pages/tags.md", "---\ntitle: Tags\n---\n");
        TestSite.Errors(site.Build()).ShouldHaveSingleItem().ShouldContain("error GEN011: page slug 'tags' is reserved");
    }
}
