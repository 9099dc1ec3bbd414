using Generator.Check;
using Generator.Content;
using Generator.Tests.Support;

namespace Generator.Tests.Check;

/// <summary>A small site with one of each problem check looks for; each test finds its own.</summary>
public sealed class SiteCheckerTests : IDisposable
{
    private const string Broken = "content/posts/2026-01-04-broken.md";
    private readonly FixtureSite site = new();
    private readonly Lazy<CheckReport> report;

    public SiteCheckerTests()
    {
        File.Copy(Path.Combine(RepoRoot.Path, "templates/assets/site.css"), site.PathOf("templates/assets/chart.png"));
        site.Write(Broken, """
            ---
            title: "Broken things"
            date: 2026-01-04
            author: ada
            glossary: false
            ---
            Intro line.

            A [dead link](/posts/nope/) and [a missing anchor](/posts/first/#nowhere).

            ![](/assets/chart.png)

            ![A chart of spending](/images/missing.png)

            Here GPUs appear without a link, and <a href="/posts/first/">raw HTML</a> gets the base path from the build.

            See [the source](https://example.org/report) and [an anchor that exists](#intro).

            ## Intro

            More in [all chip news](/tags/chip/) and from [the author](/authors/adda/).
            """);
        site.Write("content/posts/2026-01-05-twin.md", FixtureSite.Post("First", "2026-01-05", "bo", "policy", "Rules", "Same title as the first post."));
        // A theme link that forgot the base path (the build adds it to links in content, not in templates).
        site.Replace("templates/404.sbn-html", "</h1>", "</h1><p><a href=\"/posts/first/\">Our first post</a></p>");
        site.Write("content/glossary/benchmark.md", "---\nterm: \"benchmark\"\nshort: \"A standard test.\"\n---\nUnused.\n");
        report = new Lazy<CheckReport>(() => SiteChecker.Run(site.BuildOptions()));
    }

    public void Dispose() => site.Dispose();

    [Fact]
    public void Finds_a_broken_internal_link_at_its_line_in_the_post() =>
        Single(CheckCodes.BrokenLink, "/blog/posts/nope/").ToString()
            .ShouldBe($"{Broken}:9:15: error CHK001: link to '/blog/posts/nope/', which is not a page or file of the site");

    [Fact]
    public void A_misspelt_tag_page_in_a_link_gets_the_closest_tag_page() =>
        Single(CheckCodes.BrokenLink, "/blog/tags/chip/").ToString().ShouldBe(
            $"{Broken}:21:25: error CHK001: link to '/blog/tags/chip/', which is not a page or file of the site (did you mean '/tags/chips/'?)");

    [Fact]
    public void A_misspelt_author_page_in_a_link_gets_the_closest_author_page() =>
        Single(CheckCodes.BrokenLink, "/blog/authors/adda/").Message.ShouldEndWith("(did you mean '/authors/ada/'?)");

    [Fact]
    public void Finds_a_link_to_a_missing_anchor() =>
        Single(CheckCodes.BrokenAnchor, "#nowhere").At.ShouldBe(new SourceLocation(Broken, 9, 52));

    [Fact]
    public void Accepts_an_anchor_that_exists_on_the_same_page() =>
        report.Value.Diagnostics.ShouldNotContain(d => d.Message.Contains("#intro"));

    [Fact]
    public void Finds_a_root_relative_link_that_misses_the_base_path()
    {
        var finding = Single(CheckCodes.BrokenLink, "outside the site's base path");
        finding.Message.ShouldContain("did you mean '/blog/posts/first/'?");
        finding.At.Path.ShouldBe("404.html");
    }

    [Fact]
    public void Finds_an_image_without_alt_text()
    {
        var finding = Single(CheckCodes.MissingAlt, "/blog/assets/chart.png");
        finding.Severity.ShouldBe(Severity.Warning);
        finding.At.ShouldBe(new SourceLocation(Broken, 11, 1));
    }

    [Fact]
    public void Finds_an_image_whose_file_does_not_exist() =>
        Single(CheckCodes.MissingImage, "/blog/images/missing.png").At.ShouldBe(new SourceLocation(Broken, 13, 24));

    [Fact]
    public void Finds_a_post_without_summary() =>
        Single(CheckCodes.MissingSummary, "no summary").At.ShouldBe(SourceLocation.FileStart(Broken));

    [Fact]
    public void Finds_posts_that_share_a_title()
    {
        var duplicates = report.Value.Diagnostics.Where(d => d.Code == CheckCodes.DuplicateTitle).ToList();
        duplicates.Select(d => d.At.Path).ShouldBe(["content/posts/2026-01-01-first.md", "content/posts/2026-01-05-twin.md"]);
        duplicates.ShouldAllBe(d => d.At.Line == 2);
    }

    [Fact]
    public void Finds_a_glossary_term_no_post_uses()
    {
        Single(CheckCodes.UnusedTerm, "'benchmark'").At.ShouldBe(new SourceLocation("content/glossary/benchmark.md", 2, 1));
        report.Value.Diagnostics.ShouldNotContain(d => d.Code == CheckCodes.UnusedTerm && d.Message.Contains("'GPU'"));
    }

    [Fact]
    public void Finds_a_glossary_term_written_as_a_plain_word_in_a_post_without_linking() =>
        Single(CheckCodes.UnlinkedTerm, "'GPUs'").At.ShouldBe(new SourceLocation(Broken, 15, 6));

    [Fact]
    public void Lists_external_urls_without_fetching_them()
    {
        var external = report.Value.ExternalUrls.ShouldHaveSingleItem();
        external.Url.ShouldBe("https://example.org/report");
        external.UsedIn.ShouldBe([Broken]);
    }

    [Fact]
    public void Many_posts_sharing_a_title_each_name_five_others_and_count_the_rest()
    {
        using var twins = new TestSite();
        for (var day = 1; day <= 8; day++) twins.Post($"2026-04-0{day}-same-{day}.md", "Same title", date: $"2026-04-0{day}", extra: "summary: \"S.\"");

        var duplicates = SiteChecker.Run(new BuildOptions(twins.Root, twins.Output)).Diagnostics
            .Where(d => d.Code == CheckCodes.DuplicateTitle).ToList();

        duplicates.Count.ShouldBe(8);
        duplicates.First(d => d.At.Path == "content/posts/2026-04-01-same-1.md").Message.ShouldBe(
            "the title 'Same title' is also used by 7 other files: content/posts/2026-04-08-same-8.md, content/posts/2026-04-07-same-7.md, "
            + "content/posts/2026-04-06-same-6.md, content/posts/2026-04-05-same-5.md, content/posts/2026-04-04-same-4.md and 2 more; give each its own");
    }

    [Fact]
    public void A_clean_site_has_no_findings()
    {
        using var clean = new FixtureSite();
        SiteChecker.Run(clean.BuildOptions()).Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void Finds_pages_without_a_title_or_description_once_for_the_whole_theme()
    {
        using var bare = new FixtureSite();
        bare.Write("templates/layout.sbn-html", "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head>\n<body>{{ content }}</body></html>\n");
        var findings = SiteChecker.Run(bare.BuildOptions()).Diagnostics;

        var title = findings.Where(d => d.Code == CheckCodes.MissingTitle).ShouldHaveSingleItem();
        title.Severity.ShouldBe(Severity.Error);
        title.Message.ShouldMatch(@"\(and on \d+ other pages\)$");
        findings.Where(d => d.Code == CheckCodes.MissingDescription).ShouldHaveSingleItem().Severity.ShouldBe(Severity.Warning);
    }

    [Fact]
    public void A_site_that_does_not_build_reports_the_build_errors()
    {
        site.Write("content/posts/2026-01-06-bad.md", "---\ntitle: Bad\n---\n");
        var failed = SiteChecker.Run(site.BuildOptions());
        failed.PageCount.ShouldBe(0);
        failed.Diagnostics.ShouldContain(d => d.Code == DiagnosticCodes.MissingKey);
    }

    private Diagnostic Single(string code, string messagePart) =>
        report.Value.Diagnostics.Where(d => d.Code == code && d.Message.Contains(messagePart)).ShouldHaveSingleItem(
            string.Join("\n", report.Value.Diagnostics));
}
