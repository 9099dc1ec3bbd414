using Generator.Serve;
using Generator.Tests.Support;

namespace Generator.Tests.Serve;

public sealed class IncrementalRebuildTests : IDisposable
{
    private const string Second = "content/posts/2026-01-02-second.md";
    private readonly FixtureSite site = new();
    private readonly SiteRebuilder rebuilder;

    public IncrementalRebuildTests()
    {
        rebuilder = new SiteRebuilder(new ServeOptions(site.Root));
        rebuilder.Rebuild([]).Succeeded.ShouldBeTrue();
    }

    public void Dispose() => site.Dispose();

    [Fact]
    public void First_build_renders_every_page()
    {
        var fresh = new SiteRebuilder(new ServeOptions(site.Root)).Rebuild([]);
        fresh.RerenderedUrls.Count.ShouldBe(fresh.PageCount);
    }

    [Fact]
    public void Rebuilding_without_changes_renders_nothing() =>
        rebuilder.Rebuild([Second]).RerenderedUrls.ShouldBeEmpty();

    [Fact]
    public void Editing_a_post_body_re_renders_only_that_post()
    {
        site.Replace(Second, "alpha words", "omega words"); // same word count, so no list shows a difference
        Rerendered(Second).ShouldBe(["/blog/posts/second/"], ignoreOrder: true);
    }

    [Fact]
    public void A_post_with_params_renders_again_only_when_a_param_changes()
    {
        // Params hold every kind of YAML value: their fingerprint must describe them all, or the page would render on
        // every rebuild (a fingerprint that cannot be made) or never again (one that leaves them out).
        site.Replace(Second, "title: \"Second\"", "title: \"Second\"\nparams:\n  hero: wide\n  sizes: [1, 2.5, true, null]\n  credit: { name: Ada, year: 2026 }");
        Rerendered(Second).ShouldContain("/blog/posts/second/");
        site.Replace("templates/tag.sbn-html", "<p class=\"eyebrow\">{{ t 'tag' }}</p>", "<p class=\"eyebrow\">Topic</p>");
        Rerendered("templates/tag.sbn-html").ShouldNotContain("/blog/posts/second/");
        site.Replace(Second, "year: 2026", "year: 2027");
        Rerendered(Second).ShouldBe(["/blog/posts/second/"]);
    }

    [Fact]
    public void Editing_a_post_title_re_renders_the_post_its_neighbours_and_the_lists_that_show_it()
    {
        site.Replace(Second, "title: \"Second\"", "title: \"Second, renamed\"");
        Rerendered(Second).ShouldBe([
            "/blog/posts/second/",
            "/blog/posts/first/", // its "next" link names the second post
            "/blog/posts/third/", // its "previous" link names the second post
            "/blog/",
            "/blog/tags/rules/",
            "/blog/categories/policy/",
            "/blog/authors/bo/",
            "/blog/search/", // its no-JavaScript list names every post
        ], ignoreOrder: true);
    }

    [Fact]
    public void Editing_a_page_template_re_renders_the_pages_that_use_it()
    {
        site.Replace("templates/tag.sbn-html", "<p class=\"eyebrow\">{{ t 'tag' }}</p>", "<p class=\"eyebrow\">Topic</p>");
        Rerendered("templates/tag.sbn-html").ShouldBe(["/blog/tags/agents/", "/blog/tags/chips/", "/blog/tags/rules/"], ignoreOrder: true);
    }

    [Fact]
    public void Editing_a_partial_re_renders_the_pages_whose_templates_include_it()
    {
        site.Replace("templates/partials/post-card.sbn-html", "class=\"post-card{{", "class=\"post-card card{{");
        Rerendered("templates/partials/post-card.sbn-html").ShouldBe([
            "/blog/", "/blog/tags/agents/", "/blog/tags/chips/", "/blog/tags/rules/",
            "/blog/categories/models/", "/blog/categories/policy/", "/blog/authors/ada/", "/blog/authors/bo/",
        ], ignoreOrder: true);
    }

    [Fact]
    public void Editing_the_layout_re_renders_every_page()
    {
        site.Replace("templates/layout.sbn-html", "<main id=\"main\"", "<main data-edited id=\"main\"");
        var outcome = rebuilder.Rebuild(["templates/layout.sbn-html"]);
        outcome.RerenderedUrls.Count.ShouldBe(outcome.PageCount);
    }

    [Fact]
    public void Editing_a_post_converts_only_that_posts_markdown_again()
    {
        site.Replace(Second, "alpha words", "omega words");
        rebuilder.Rebuild([Second]).Succeeded.ShouldBeTrue();
        rebuilder.ConvertedPosts.ShouldBe(1);
        System.Text.Encoding.UTF8.GetString(rebuilder.Current.Files["posts/second/index.html"].Content).ShouldContain("omega words");
    }

    [Fact]
    public void Adding_a_glossary_term_converts_every_post_again_so_untouched_posts_link_it()
    {
        site.Write("content/glossary/alpha.md", "---\nterm: \"alpha words\"\nshort: \"Words that come first.\"\n---\nFirst.\n");
        rebuilder.Rebuild(["content/glossary/alpha.md"]).Succeeded.ShouldBeTrue();
        rebuilder.ConvertedPosts.ShouldBe(3);
        System.Text.Encoding.UTF8.GetString(rebuilder.Current.Files["posts/first/index.html"].Content).ShouldContain("href=\"/blog/glossary/alpha/\"");
    }

    [Fact]
    public void Pages_after_incremental_rebuilds_equal_a_full_build()
    {
        site.Replace(Second, "title: \"Second\"", "title: \"Second, renamed\"");
        rebuilder.Rebuild([Second]);
        site.Replace("templates/partials/post-card.sbn-html", "class=\"post-card{{", "class=\"post-card card{{");
        rebuilder.Rebuild(["templates/partials/post-card.sbn-html"]);
        site.Replace("content/posts/2026-01-01-first.md", "alpha words", "beta words");
        var outcome = rebuilder.Rebuild(["content/posts/2026-01-01-first.md"]);

        var full = SiteBuild.InMemory(site.BuildOptions(drafts: true));
        outcome.Site.Files.Count(f => f.Value.IsHtml).ShouldBe(full.Files.Count(f => f.Path.EndsWith(".html", StringComparison.Ordinal)));
        foreach (var file in full.Files)
            System.Text.Encoding.UTF8.GetString(outcome.Site.Files[file.Path].Content).ShouldBe(file.Content, file.Path);
    }

    [Fact]
    public void A_stylesheet_only_change_is_reported_as_such()
    {
        File.AppendAllText(site.PathOf("templates/assets/site.css"), "\n.edited { color: red; }\n");
        var outcome = rebuilder.Rebuild(["templates/assets/site.css"]);
        outcome.StylesheetsOnly.ShouldBeTrue();
        outcome.Site.Stylesheets.Keys.ShouldContain("/blog/assets/site.css");
        outcome.Site.Stylesheets["/blog/assets/site.css"].ShouldNotBe("/blog/assets/site.css");
    }

    [Fact]
    public void A_broken_build_keeps_the_last_good_pages_and_reports_the_errors()
    {
        var before = rebuilder.Current.Files["posts/second/index.html"];
        site.Write(Second, "---\ntitle: [unclosed\n---\nBody\n");
        var outcome = rebuilder.Rebuild([Second]);

        outcome.Succeeded.ShouldBeFalse();
        rebuilder.Current.IsBroken.ShouldBeTrue();
        rebuilder.Current.Errors.ShouldContain(d => d.At.Path == Second);
        rebuilder.Current.Files["posts/second/index.html"].ShouldBeSameAs(before);
    }

    private string SecondPage() => System.Text.Encoding.UTF8.GetString(rebuilder.Current.Files["posts/second/index.html"].Content);

    private IReadOnlyList<string> Rerendered(string changed)
    {
        var outcome = rebuilder.Rebuild([changed]);
        outcome.Succeeded.ShouldBeTrue(string.Join("\n", outcome.Diagnostics));
        return outcome.RerenderedUrls;
    }
}
