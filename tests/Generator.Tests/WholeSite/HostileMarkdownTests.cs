using Generator.Tests.Support;

namespace Generator.Tests.WholeSite;

/// <summary>Markdown bodies that used to overflow the stack, never finish, or put code-running links on a page.</summary>
public class HostileMarkdownTests
{
    [Fact]
    public void Fifty_thousand_nested_emphasis_marks_are_an_error_not_a_stack_overflow()
    {
        using var site = new TestSite();
        site.Post("2026-04-01-a.md", "A", body: "Intro.\n\n" + new string('*', 50_000) + "x" + new string('*', 50_000));
        TestSite.Errors(site.BuildWithin()).ShouldHaveSingleItem()
            .ShouldMatch(@"^content/posts/2026-04-01-a\.md:8:1: error GEN025: Markdown elements are nested \d+ levels deep; the limit is 100$");
    }

    [Fact]
    public void Markdown_past_markdigs_depth_limit_is_an_error()
    {
        using var site = new TestSite();
        site.Post("2026-04-01-quotes.md", "Q", body: new string('>', 2_000) + " deep").Post("2026-04-02-brackets.md", "B", body: new string('[', 50_000) + "x");
        var errors = TestSite.Errors(site.BuildWithin()).ToList();
        // Found on the text before Markdig parses it, at the 101st level.
        errors.ShouldContain("content/posts/2026-04-01-quotes.md:6:101: error GEN025: lists, quotes or containers are nested 101 levels deep here; the limit is 100");
        errors.ShouldContain("content/posts/2026-04-02-brackets.md:6:101: error GEN025: brackets ([) left open are nested 101 levels deep here; the limit is 100");
        errors.Count.ShouldBe(2);
    }

    [Fact]
    public void Fifty_thousand_nested_divs_are_an_error_in_seconds_for_build_and_check() // reported at the body's start
    {
        using var site = new TestSite();
        site.Post("2026-04-01-a.md", "A", body: "Text.\n\n" + string.Concat(Enumerable.Repeat("<div>", 50_000)));
        TestSite.Errors(site.BuildWithin()).ShouldHaveSingleItem()
            .ShouldBe("content/posts/2026-04-01-a.md:6:1: error GEN025: HTML in this body is nested more than 100 elements deep (are tags left unclosed?)");
        site.CheckWithin().Errors.ShouldBe(1);
    }

    [Fact]
    public void Code_running_links_and_images_in_markdown_are_dropped_with_a_warning()
    {
        using var site = new TestSite();
        site.Post("2026-04-01-a.md", "A", body: "[click me](javascript:alert(1)) and ![pic](data:text/html,x)\n\n<vbscript:msgbox> and [ok](https://example.com/)\n\n[ref]\n\n[ref]: JAVASCRIPT:alert(2)");
        var result = site.BuildWithin();
        result.Succeeded.ShouldBeTrue();
        result.Diagnostics.Select(d => d.ToString()).ShouldBe([
            "content/posts/2026-04-01-a.md:6:1: warning GEN028: link dropped, its text kept: 'javascript:alert(1)' is not allowed: javascript:, vbscript: and data: URLs can run code in readers' browsers; link to an http(s) URL or a file of the site",
            "content/posts/2026-04-01-a.md:6:37: warning GEN028: image dropped: 'data:text/html,x' is not allowed: javascript:, vbscript: and data: URLs can run code in readers' browsers; link to an http(s) URL or a file of the site",
            "content/posts/2026-04-01-a.md:8:1: warning GEN028: link dropped: 'vbscript:msgbox' is not allowed: javascript:, vbscript: and data: URLs can run code in readers' browsers; link to an http(s) URL or a file of the site",
            "content/posts/2026-04-01-a.md:10:1: warning GEN028: link dropped, its text kept: 'JAVASCRIPT:alert(2)' is not allowed: javascript:, vbscript: and data: URLs can run code in readers' browsers; link to an http(s) URL or a file of the site",
        ]);
        var html = site.ReadOutput("posts/a/index.html");
        html.ShouldNotMatch("(?i)(href|src)=\"(javascript|vbscript|data):");
        html.ShouldContain("<p>vbscript:msgbox and <a href=\"https://example.com/\">ok</a></p>"); // shown as text, not a link
        html.ShouldContain("<p>click me and pic</p>");
        html.ShouldContain("<a href=\"https://example.com/\">ok</a>");
    }

    [Fact]
    public void Entity_for_a_control_character_is_an_error_at_its_position()
    {
        using var site = new TestSite();
        site.Post("2026-04-01-a.md", "A", body: "Fine.\n\nBell &#7; here.");
        TestSite.Errors(site.BuildWithin()).ShouldHaveSingleItem()
            .ShouldStartWith("content/posts/2026-04-01-a.md:8:6: error GEN024: the entity '&#7;' stands for a control character");
    }

    [Fact]
    public void Heading_ids_never_take_the_themes_own_ids()
    {
        using var site = new TestSite();
        site.Post("2026-04-01-a.md", "A", extra: "summary: \"Has a TL;DR.\"", body: "## Main\n\nx\n\n## TLDR heading\n\ny\n\n## Main 1\n\nz");
        site.Build().Succeeded.ShouldBeTrue();
        var html = site.ReadOutput("posts/a/index.html");
        html.Split("id=\"main\"").Length.ShouldBe(2); // the theme's <main id="main"> only
        html.Split("id=\"tldr-heading\"").Length.ShouldBe(2);
        html.ShouldContain("<h2 id=\"main-2\">Main");
        html.ShouldContain("<h2 id=\"tldr-heading-1\">TLDR heading");
        html.ShouldContain("<h2 id=\"main-1\">Main 1");
    }

    [Fact]
    public void Heading_ids_avoid_every_id_the_templates_write_and_a_sites_own_template_ids()
    {
        using var site = new TestSite();
        site.Post("2026-04-01-a.md", "A", body: "## Author box heading\n\nx\n\n## Special box\n\ny\n\n## Glossary popover\n\nz")
            .Write("templates/partials/footer.sbn-html", "<footer id=\"special-box\"></footer>");
        site.Build().Succeeded.ShouldBeTrue();
        var html = site.ReadOutput("posts/a/index.html");
        html.ShouldContain("<h2 id=\"author-box-heading-1\">Author box heading"); // the redesign's author box
        html.ShouldContain("<h2 id=\"special-box-1\">Special box"); // an id only the site's own partial writes
        html.ShouldContain("<h2 id=\"glossary-popover-1\">Glossary popover"); // made by glossary.js, not a template
    }
}
