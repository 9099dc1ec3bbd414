using Generator.Tests.Support;

namespace Generator.Tests.Rendering;

/// <summary>Custom front-matter fields and the configured menu reach the theme without code changes.</summary>
public class ParamsAndMenuTests
{
    [Fact]
    public void Post_params_reach_the_theme_and_a_missing_key_is_empty()
    {
        using var site = new TestSite();
        site.Post("2026-04-01-a.md", "A", extra: "params:\n  series: \"Chips <explained>\"\n  part: 2\n  sponsors: [One, Two]\n  box:\n    note: inner")
            .Post("2026-04-02-b.md", "B")
            .Write("templates/post.sbn-html",
                "{{ if post.params.series }}[{{ post.params.series }} #{{ post.params.part + 1 }} " +
                "{{ for s in post.params.sponsors }}{{ s }};{{ end }}{{ post.params.box.note }}]{{ else }}(none){{ end }}");
        var result = site.Build();
        TestSite.Errors(result).ShouldBeEmpty();
        site.ReadOutput("posts/a/index.html").ShouldContain("[Chips &lt;explained&gt; #3 One;Two;inner]");
        site.ReadOutput("posts/b/index.html").ShouldContain("(none)");
    }

    [Fact]
    public void Site_page_and_term_params_reach_their_templates()
    {
        using var site = new TestSite(TestSite.DefaultConfig + "\nparams:\n  tagline: Signals\n");
        site.Write("content/pages/about.md", "---\ntitle: About\nparams:\n  team: [Ana]\n---\nText\n")
            .Write("content/glossary/gpu.md", "---\nterm: GPU\nshort: A chip.\nparams:\n  era: 1999\n---\nLong.\n")
            .Write("templates/page.sbn-html", "{{ site.params.tagline }}/{{ params.team[0] }}/{{ params.nothing }}")
            .Write("templates/term.sbn-html", "{{ params.era }}");
        TestSite.Errors(site.Build()).ShouldBeEmpty();
        site.ReadOutput("about/index.html").ShouldContain("Signals/Ana/");
        site.ReadOutput("glossary/gpu/index.html").ShouldContain("1999");
    }

    [Fact]
    public void Params_that_are_not_a_mapping_are_an_error_at_their_line()
    {
        using var site = new TestSite();
        site.Post("2026-04-01-a.md", "A", extra: "params: [one]");
        TestSite.Errors(site.Build()).ShouldHaveSingleItem().ShouldStartWith("content/posts/2026-04-01-a.md:5:9: error GEN006: 'params' must be a mapping");
    }

    [Fact]
    public void Unknown_top_level_key_stays_a_warning_with_a_suggestion()
    {
        using var site = new TestSite();
        site.Post("2026-04-01-a.md", "A", extra: "parmas:\n  series: X");
        var result = site.Build();
        result.Succeeded.ShouldBeTrue();
        result.Diagnostics.ShouldContain(d => d.ToString().Contains("unknown key 'parmas' (did you mean 'params'?)"));
    }

    [Fact]
    public void Menu_from_site_yml_drives_the_header_in_weight_order()
    {
        using var site = new TestSite(TestSite.DefaultConfig + """

            menu:
              - label: Subscribe
                url: https://example.com/subscribe
                weight: 30
              - label: "Tags & topics"
                url: /tags/
                weight: 10
              - label: About
                url: /about/
                weight: 20
            """);
        site.Post("2026-04-01-a.md", "A").Write("content/pages/about.md", "---\ntitle: About\n---\nText\n");
        TestSite.Errors(site.Build()).ShouldBeEmpty();
        site.ReadOutput("index.html").ShouldContain(
            "<li><a href=\"/ai-news/tags/\">Tags &amp; topics</a></li><li><a href=\"/ai-news/about/\">About</a></li><li><a href=\"https://example.com/subscribe\">Subscribe</a></li>");
    }

    [Fact]
    public void Without_a_menu_the_header_lists_tags_glossary_search_and_pages()
    {
        using var site = new TestSite();
        site.Post("2026-04-01-a.md", "A").Write("content/pages/about.md", "---\ntitle: About\n---\nText\n");
        site.Build().Succeeded.ShouldBeTrue();
        site.ReadOutput("index.html").ShouldContain(
            "<li><a href=\"/ai-news/tags/\">Tags</a></li><li><a href=\"/ai-news/glossary/\">Glossary</a></li><li><a href=\"/ai-news/search/\">Search</a></li><li><a href=\"/ai-news/about/\">About</a></li>");
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("tags/")]
    [InlineData("//evil.example/")]
    public void Menu_url_must_be_root_relative_or_absolute_http(string url)
    {
        using var site = new TestSite(TestSite.DefaultConfig + $"\nmenu:\n  - label: X\n    url: \"{url}\"\n");
        TestSite.Errors(site.Build()).ShouldHaveSingleItem().ShouldStartWith("site.yml:");
    }
}
