using Generator.Tests.Support;

namespace Generator.Tests.Rendering;

/// <summary>Rendering: strict names with suggestions, errors at the template that caused them, bounded loops.</summary>
public class TemplateRuntimeTests
{
    private static TestSite SiteWithPost() => new TestSite().Post("2026-04-01-a.md", "A post", extra: "tags: [Chips]");

    [Fact]
    public void Unknown_member_is_an_error_at_its_position_with_a_suggestion()
    {
        using var site = SiteWithPost();
        site.Write("templates/post.sbn-html", "<article>\n  <h1>{{ post.titel }}</h1>\n</article>\n");
        TestSite.Errors(site.Build()).ShouldHaveSingleItem().ShouldStartWith(
            "templates/post.sbn-html:2:15: error GEN014: template failed while rendering /ai-news/posts/a/: 'titel' is not a member of PostView (did you mean 'title'?)");
    }

    [Fact]
    public void Layout_content_is_html_that_string_functions_and_conditions_can_read()
    {
        using var site = SiteWithPost();
        site.Write("templates/404.sbn-html", "<p>Lost & found</p>")
            .Write("templates/layout.sbn-html",
                "{{ if content }}<main>{{ content }}</main>{{ end }}<i>{{ content | string.size }}</i><b>{{ content | string.contains 'found' }}</b>");
        TestSite.Errors(site.Build()).ShouldBeEmpty();
        site.ReadOutput("404.html").ShouldBe("<main><p>Lost & found</p></main><i>19</i><b>true</b>");
    }

    [Fact]
    public void Unknown_variable_is_an_error_not_an_empty_string()
    {
        using var site = SiteWithPost();
        site.Write("templates/404.sbn-html", "<p>{{ hom_url }}</p>");
        TestSite.Errors(site.Build()).ShouldHaveSingleItem().ShouldBe(
            "templates/404.sbn-html:1:7: error GEN014: template failed while rendering /ai-news/404.html: unknown variable or function 'hom_url' (did you mean 'home_url'?)");
    }

    [Fact]
    public void Error_inside_a_nested_partial_points_at_the_partial()
    {
        using var site = SiteWithPost();
        site.Write("templates/partials/tag-list.sbn-html", "{{ for tag in $tags }}{{ tag.slug }}{{ end }}");
        var errors = TestSite.Errors(site.Build()).ToList();
        errors.ShouldNotBeEmpty();
        errors.ShouldAllBe(e => e.StartsWith("templates/partials/tag-list.sbn-html:1:30: error GEN014:") && e.Contains("'slug' is not a member of LinkView"));
    }

    [Fact]
    public void Member_of_a_missing_value_is_an_error_unless_guarded()
    {
        using var site = SiteWithPost();
        site.Write("templates/post.sbn-html", "{{ post.image.src }}");
        TestSite.Errors(site.Build()).ShouldHaveSingleItem().ShouldContain("templates/post.sbn-html:1:");

        site.Write("templates/post.sbn-html", "{{ if post.image }}{{ post.image.src }}{{ end }}{{ post.image?.alt }}");
        site.Build().Succeeded.ShouldBeTrue();
    }

    [Theory]
    [InlineData("../site.yml")]
    [InlineData("../../site.yml")]
    [InlineData("/etc/passwd")]
    [InlineData("partials/footer")]
    [InlineData("footer.sbn-html")]
    [InlineData("..")]
    public void Include_reaches_only_partials_by_plain_name(string name)
    {
        using var site = SiteWithPost();
        site.Write("templates/404.sbn-html", $"<p>{{{{ include '{name}' }}}}</p>");
        var error = TestSite.Errors(site.Build()).ShouldHaveSingleItem();
        error.ShouldStartWith("templates/404.sbn-html:1:");
        error.ShouldContain($"include '{name}' is not allowed");
    }

    [Fact]
    public void Include_of_a_partial_that_does_not_exist_suggests_the_closest()
    {
        using var site = SiteWithPost();
        site.Write("templates/404.sbn-html", "{{ include 'post_card' }}");
        TestSite.Errors(site.Build()).ShouldHaveSingleItem()
            .ShouldContain("include 'post_card': there is no partial templates/partials/post_card.sbn-html (did you mean 'post-card'?)");
    }

    [Fact]
    public void A_loop_that_never_ends_stops_at_the_loop_limit()
    {
        using var site = SiteWithPost();
        site.Write("templates/404.sbn-html", "{{ while true }}x{{ end }}");
        var error = TestSite.Errors(site.Build()).ShouldHaveSingleItem();
        error.ShouldStartWith("templates/404.sbn-html:1:");
        error.ShouldContain("limit");
    }

    [Fact]
    public void A_partial_that_includes_itself_stops_at_the_depth_limit()
    {
        using var site = SiteWithPost();
        site.Write("templates/partials/loop.sbn-html", "{{ include 'loop' }}").Write("templates/404.sbn-html", "{{ include 'loop' }}");
        var error = TestSite.Errors(site.Build()).ShouldHaveSingleItem();
        error.ShouldStartWith("templates/partials/loop.sbn-html:1:");
        error.ShouldContain("limit");
    }

    [Fact]
    public void Included_partial_is_not_escaped_twice_and_html_raw_is_the_explicit_exception()
    {
        using var site = SiteWithPost();
        site.Write("templates/partials/x.sbn-html", "<b>{{ text }}</b>")
            .Write("templates/404.sbn-html", "{{ text = '<i>&' }}{{ include 'x' }}|{{ text | html.raw }}|{{ text | html.escape }}|{{ text }}");
        site.Build().Succeeded.ShouldBeTrue();
        site.ReadOutput("404.html").ShouldContain("<b>&lt;i&gt;&amp;</b>|<i>&|&lt;i&gt;&amp;|&lt;i&gt;&amp;");
    }

    [Fact]
    public void Templates_cannot_reach_dotnet_objects_or_files()
    {
        using var site = SiteWithPost();
        site.Write("templates/404.sbn-html", "{{ site.get_type }}");
        TestSite.Errors(site.Build()).ShouldHaveSingleItem().ShouldContain("'get_type' is not a member of SiteView");
    }
}
