using Generator.Rendering;
using Generator.Tests.Support;

namespace Generator.Tests.Rendering;

/// <summary>Parsing the theme: errors at the template's own line and column, all of them at once.</summary>
public class TemplateSetTests
{
    [Fact]
    public void Unclosed_block_points_at_the_opening_keyword_not_the_end_of_the_file()
    {
        using var site = new TestSite();
        site.Write("templates/page.sbn-html", "<article>\n  {{ if title }}\n  <h1>{{ title }}</h1>\n</article>\n");
        TestSite.Errors(site.Build()).ShouldHaveSingleItem()
            .ShouldBe("templates/page.sbn-html:2:6: error GEN013: template does not parse: this 'if' is never closed; add {{ end }} where it should end");
    }

    [Fact]
    public void Inner_unclosed_block_is_found_after_closed_ones()
    {
        using var site = new TestSite();
        site.Write("templates/tags.sbn-html", "{{ for t in tags }}{{ if t.count }}x{{ end }}{{ end }}\n{{ for t in tags }}\n{{ t.name }}\n");
        TestSite.Errors(site.Build()).ShouldHaveSingleItem().ShouldStartWith("templates/tags.sbn-html:2:4: error GEN013: template does not parse: this 'for'");
    }

    [Fact]
    public void Syntax_error_is_reported_at_its_line_and_column()
    {
        using var site = new TestSite();
        site.Write("templates/404.sbn-html", "<h1>Lost</h1>\n<p>{{ 1 + }}</p>\n");
        var error = TestSite.Errors(site.Build()).ShouldHaveSingleItem();
        error.ShouldStartWith("templates/404.sbn-html:2:");
        error.ShouldContain("error GEN013: template does not parse:");
    }

    [Fact]
    public void Errors_in_several_templates_and_partials_are_reported_together()
    {
        using var site = new TestSite();
        site.Write("templates/404.sbn-html", "{{ if x }}")
            .Write("templates/search.sbn-html", "{{ for }}")
            .Write("templates/partials/footer.sbn-html", "<footer>{{ 1 + }}</footer>");
        var errors = TestSite.Errors(site.Build()).ToList();
        errors.ShouldContain(e => e.StartsWith("templates/404.sbn-html:1:"));
        errors.ShouldContain(e => e.StartsWith("templates/search.sbn-html:1:"));
        errors.ShouldContain(e => e.StartsWith("templates/partials/footer.sbn-html:1:"));
        errors.ShouldAllBe(e => e.Contains("error GEN013"));
    }

    [Fact]
    public void A_site_without_a_template_uses_the_built_in_one()
    {
        using var site = new TestSite();
        site.Write("templates/404.sbn-html", "<h1>Custom lost</h1>");
        site.Build().Succeeded.ShouldBeTrue();
        site.ReadOutput("404.html").ShouldContain("<h1>Custom lost</h1>");

        File.Delete(Path.Combine(site.Root, "templates/404.sbn-html"));
        site.Build().Succeeded.ShouldBeTrue();
        site.ReadOutput("404.html").ShouldContain("Page not found");
    }

    [Fact]
    public void Missing_template_is_an_error_only_when_the_built_in_theme_lacks_it_too()
    {
        using var site = new TestSite();
        File.Delete(Path.Combine(site.Root, "templates/404.sbn-html"));
        TestSite.Errors(BuildWith(site, BuiltInTheme.None)).ShouldHaveSingleItem()
            .ShouldStartWith("templates/404.sbn-html:1:1: error GEN015: template '404.sbn-html' is missing; every theme needs: layout, home, post");
    }

    [Fact]
    public void Leftover_handlebars_template_is_named_in_the_missing_template_error()
    {
        using var site = new TestSite();
        File.Move(Path.Combine(site.Root, "templates/404.sbn-html"), Path.Combine(site.Root, "templates/404.hbs"));
        TestSite.Errors(BuildWith(site, BuiltInTheme.None)).ShouldHaveSingleItem()
            .ShouldEndWith("(found 404.hbs: themes are Scriban templates now, see docs/theme.md)");
    }

    [Fact]
    public void Errors_in_a_built_in_file_name_it_theme_colon_path_and_in_an_overriding_file_its_site_path()
    {
        const string Broken = "<article>\n  <h1>{{ post.titel }}</h1>\n</article>\n";
        using var site = new TestSite(withTheme: false);
        site.Post("2026-04-01-a.md", "A");
        var builtIn = TestTheme.BuiltInWith(("post.sbn-html", Broken));
        TestSite.Errors(BuildWith(site, builtIn)).ShouldHaveSingleItem().ShouldStartWith(
            "theme:post.sbn-html:2:15: error GEN014: template failed while rendering /ai-news/posts/a/: 'titel' is not a member of PostView (did you mean 'title'?)");

        site.Write("templates/post.sbn-html", Broken);
        TestSite.Errors(BuildWith(site, BuiltInTheme.Embedded)).ShouldHaveSingleItem().ShouldStartWith("templates/post.sbn-html:2:15: error GEN014:");
    }

    [Fact]
    public void Parse_errors_in_a_built_in_partial_name_it_theme_colon_partials()
    {
        using var site = new TestSite(withTheme: false);
        var builtIn = TestTheme.BuiltInWith(("partials/footer.sbn-html", "<footer>\n{{ 1 + }}</footer>"));
        var error = TestSite.Errors(BuildWith(site, builtIn)).ShouldHaveSingleItem();
        error.ShouldStartWith("theme:partials/footer.sbn-html:2:");
        error.ShouldContain("error GEN013: template does not parse:");

        site.Write("templates/partials/footer.sbn-html", "<footer>fixed by the site</footer>");
        BuildWith(site, builtIn).Succeeded.ShouldBeTrue();
    }

    private static BuildResult BuildWith(TestSite site, BuiltInTheme builtIn) =>
        SiteBuild.InMemory(new BuildOptions(site.Root, site.Output, Now: new DateTimeOffset(2026, 5, 1, 0, 0, 0, TimeSpan.Zero), Theme: builtIn));
}
