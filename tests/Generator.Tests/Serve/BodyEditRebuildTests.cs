using Generator.Serve;
using Generator.Tests.Support;

namespace Generator.Tests.Serve;

/// <summary>
/// serve's fast path for edits to posts' bodies (<see cref="BodyEdits"/>) must serve exactly what a fresh build makes:
/// pages, feeds, search index, follow index. The site has short list pages (4 posts), so a post sits on a later page
/// of the home, tag, category and author lists; a featured old post that leads the home page; glossary terms that
/// bodies link; more posts than a feed holds; and related reading and backlinks that show each post's reading time.
/// </summary>
public sealed class BodyEditRebuildTests : IDisposable
{
    private const int Posts = 24;
    private readonly TestSite site = new(TestSite.DefaultConfig + "\nposts_per_page: 4\n");
    private readonly SiteRebuilder rebuilder;

    public BodyEditRebuildTests()
    {
        for (var n = 1; n <= Posts; n++)
        {
            var extra = $"tags: [\"{(n % 2 == 0 ? "Kimi K2.6" : "Chips")}\"{(n % 3 == 0 ? ", \"Agents\"" : "")}]\ncategory: {(n % 3 == 0 ? "tech" : "policy")}\n"
                + $"summary: \"Summary of post {n}.\"" + (n == 5 ? "\nfeatured: true" : "");
            site.Post(PostFile(n), $"Post {n}", date: $"2026-03-{n:00}", author: n % 2 == 0 ? "ben" : "ana", extra: extra,
                body: $"Body of post {n} about open-weight models{(n % 4 == 0 ? " and a GPU" : "")}.\n\n## Details\n\nMore words here.");
        }
        site.Write("content/glossary/gpu.md", "---\nterm: GPU\nshort: \"A chip for parallel maths.\"\n---\nLong explanation.\n")
            .Write("content/glossary/benchmark.md", "---\nterm: benchmark\nshort: \"A standard test.\"\n---\nHow models are compared.\n");
        // The theme's related reading and backlinks show no reading time; these do, so a stale card there would show.
        site.Replace("templates/post.sbn-html", "{{ related.date.display }}</time>", "{{ related.date.display }}</time> {{ related.reading_time }}");
        site.Replace("templates/term.sbn-html", "{{ post.date.display }}</time>", "{{ post.date.display }}</time> {{ post.reading_time }}");
        rebuilder = new SiteRebuilder(new ServeOptions(site.Root));
        rebuilder.Rebuild([]).Succeeded.ShouldBeTrue();
    }

    public void Dispose() => site.Dispose();

    private static string PostFile(int n) => $"2026-03-{n:00}-post-{n}.md";

    private static string PostPath(int n) => "content/posts/" + PostFile(n);

    private string PathOf(string relative) => Path.Combine(site.Root, relative);

    [Theory]
    [InlineData(24)] // the newest: first on every list, in every feed and the follow index
    [InlineData(13)] // on the home list's third page, in the site feed
    [InlineData(5)] // featured: leads the home page from its own later page
    [InlineData(1)] // the oldest: the last page of its lists, in no site feed
    public void Editing_a_post_body_serves_what_a_fresh_build_makes(int post)
    {
        // Long enough to change the reading time that cards show, so every list, related-reading and term page with
        // the post's card must change too.
        File.AppendAllText(PathOf(PostPath(post)), "\n" + string.Join(' ', Enumerable.Repeat("More words on the subject.", 120)) + "\n");

        var outcome = Rebuilt(PostPath(post));

        outcome.OnlyBodiesChanged.ShouldBeTrue();
        outcome.RerenderedUrls.ShouldContain($"/ai-news/posts/post-{post}/");
        outcome.RerenderedUrls.Count.ShouldBeLessThan(outcome.PageCount / 2);
        ShouldEqualAFreshBuild(outcome);
    }

    [Fact]
    public void Editing_a_post_that_another_picks_in_also_read_updates_that_post()
    {
        site.Replace(PostPath(20), "summary:", "also_read: [post-1]\nsummary:");
        site.Replace("templates/post.sbn-html", "{{ picked.date.display }}</time>", "{{ picked.date.display }}</time> {{ picked.reading_time }}");
        Rebuilt(PostPath(20), "templates/post.sbn-html").OnlyBodiesChanged.ShouldBeFalse();
        File.AppendAllText(PathOf(PostPath(1)), "\n" + string.Join(' ', Enumerable.Repeat("More words on the subject.", 120)) + "\n");

        var outcome = Rebuilt(PostPath(1));

        outcome.OnlyBodiesChanged.ShouldBeTrue();
        outcome.RerenderedUrls.ShouldContain("/ai-news/posts/post-20/");
        ShouldEqualAFreshBuild(outcome);
    }

    [Fact]
    public void A_body_that_starts_or_stops_linking_a_glossary_term_updates_its_term_page()
    {
        site.Replace(PostPath(8), "and a GPU", "and a benchmark"); // unlinks GPU, links benchmark; same word count
        var outcome = Rebuilt(PostPath(8));

        outcome.OnlyBodiesChanged.ShouldBeTrue();
        // GPU keeps two pages of backlinks (six posts, then five, four to a page); both show the move.
        outcome.RerenderedUrls.ShouldBe(["/ai-news/posts/post-8/", "/ai-news/glossary/gpu/", "/ai-news/glossary/gpu/page/2/",
            "/ai-news/glossary/benchmark/"], ignoreOrder: true);
        ShouldEqualAFreshBuild(outcome);
    }

    [Fact]
    public void Unlinking_a_term_from_posts_until_its_second_page_is_gone_rebuilds_the_site()
    {
        site.Replace(PostPath(4), "and a GPU", "and a chip");
        site.Replace(PostPath(8), "and a GPU", "and a chip"); // GPU: six backlinks (two pages) become four (one page)
        var outcome = Rebuilt(PostPath(4), PostPath(8));

        outcome.OnlyBodiesChanged.ShouldBeFalse();
        outcome.Site.Files.Keys.ShouldNotContain("glossary/gpu/page/2/index.html");
        ShouldEqualAFreshBuild(outcome);
    }

    [Fact]
    public void Editing_front_matter_rebuilds_the_site_reading_only_that_file_again()
    {
        site.Replace(PostPath(13), "title: \"Post 13\"", "title: \"Post 13, renamed\"");
        var outcome = Rebuilt(PostPath(13));

        outcome.OnlyBodiesChanged.ShouldBeFalse();
        rebuilder.ReadFiles.ShouldBe(1);
        ShouldEqualAFreshBuild(outcome);
    }

    [Fact]
    public void A_post_changed_without_a_watcher_report_is_read_again_by_its_size_and_time()
    {
        File.AppendAllText(PathOf(PostPath(9)), "\nWritten while nobody watched.\n");
        var outcome = Rebuilt(); // as after the watcher lost events

        rebuilder.ReadFiles.ShouldBe(1);
        ShouldEqualAFreshBuild(outcome);
    }

    [Fact]
    public void Changing_site_yml_reads_every_content_file_again()
    {
        site.Replace("site.yml", "A test site.", "A test site, described anew.");
        Rebuilt("site.yml");

        rebuilder.ReadFiles.ShouldBe(Posts + 2);
    }

    [Fact]
    public void Body_front_matter_and_body_edits_in_turn_serve_what_a_fresh_build_makes()
    {
        File.AppendAllText(PathOf(PostPath(12)), "\nFirst edit, with words.\n");
        Rebuilt(PostPath(12)).OnlyBodiesChanged.ShouldBeTrue();
        site.Replace(PostPath(12), "summary: \"Summary of post 12.\"", "summary: \"A new summary.\"");
        Rebuilt(PostPath(12)).OnlyBodiesChanged.ShouldBeFalse();
        site.Replace(PostPath(12), "First edit, with words.", "First edit.");
        site.Replace(PostPath(11), "More words here.", "More words here, and a GPU.");
        var outcome = Rebuilt(PostPath(11), PostPath(12));

        outcome.OnlyBodiesChanged.ShouldBeTrue();
        ShouldEqualAFreshBuild(outcome);
    }

    [Fact]
    public void A_body_edit_with_a_warning_is_reported_by_a_full_rebuild_and_the_next_clean_edit_clears_it()
    {
        File.AppendAllText(PathOf(PostPath(7)), "\n[click](javascript:alert(1))\n");
        var warned = Rebuilt(PostPath(7));
        warned.OnlyBodiesChanged.ShouldBeFalse();
        warned.Diagnostics.ShouldContain(d => d.At.Path == PostPath(7) && d.Code == Generator.DiagnosticCodes.UnsafeUrl);

        site.Replace(PostPath(7), "[click](javascript:alert(1))", "Plain words.");
        var cleared = Rebuilt(PostPath(7));
        cleared.Diagnostics.ShouldBeEmpty();
        ShouldEqualAFreshBuild(cleared);
    }

    [Fact]
    public void A_new_post_is_not_a_body_edit()
    {
        site.Post("2026-03-30-post-30.md", "Post 30", date: "2026-03-30", extra: "category: tech");
        var outcome = Rebuilt("content/posts/2026-03-30-post-30.md");

        outcome.OnlyBodiesChanged.ShouldBeFalse();
        ShouldEqualAFreshBuild(outcome);
    }

    private RebuildOutcome Rebuilt(params string[] changed)
    {
        var outcome = rebuilder.Rebuild(changed);
        outcome.Succeeded.ShouldBeTrue(string.Join("\n", outcome.Diagnostics));
        return outcome;
    }

    /// <summary>Every file a fresh in-memory build makes is served with the same bytes, and no other page is.</summary>
    private void ShouldEqualAFreshBuild(RebuildOutcome outcome)
    {
        var full = SiteBuild.InMemory(new ServeOptions(site.Root).ToBuildOptions());
        full.Succeeded.ShouldBeTrue();
        outcome.Diagnostics.ShouldBe(full.Diagnostics);
        foreach (var file in full.Files)
            System.Text.Encoding.UTF8.GetString(outcome.Site.Files[file.Path].Content).ShouldBe(file.Content, file.Path);
        outcome.Site.Files.Keys.Where(p => p.EndsWith(".html", StringComparison.Ordinal))
            .ShouldBe(full.Files.Select(f => f.Path).Where(p => p.EndsWith(".html", StringComparison.Ordinal)), ignoreOrder: true);
    }
}
