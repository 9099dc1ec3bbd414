using Generator.Content;
using Generator.Rendering;
using Generator.Site;
using Generator.Tests.Support;

namespace Generator.Tests.Rendering;

/// <summary>Partials that read only their arguments are rendered once and copied; any other partial renders per page.</summary>
public class PartialCacheTests
{
    private static (PartialCache Cache, TemplateSet Templates, ThemeContext Context) Theme(string root)
    {
        var diagnostics = new DiagnosticBag();
        var urls = new SiteUrls(new Uri("https://example.github.io/ai-news/"));
        var templates = TemplateSet.Load(ThemeFiles.Of(root), new ThemeFunctions(urls, new Dictionary<string, string>()), diagnostics)!;
        diagnostics.All.ShouldBeEmpty();
        var context = templates.NewContext();
        return (new PartialCache(), templates, context);
    }

    private static Scriban.Template Partial(ThemeContext context, string name) =>
        context.GetOrCreateTemplate(TemplateSet.PartialPath(name), null);

    [Theory]
    [InlineData("post-card")]
    [InlineData("tag-list")]
    [InlineData("byline")]
    [InlineData("footer")]
    [InlineData("header")]
    public void Partials_that_read_only_their_arguments_and_site_are_pure(string name)
    {
        var (cache, _, context) = Theme(RepoRoot.Path);
        cache.IsPure(Partial(context, name), context).ShouldBeTrue();
    }

    [Fact]
    public void A_partial_that_reads_the_page_is_not_pure()
    {
        using var site = new TestSite();
        site.Write("templates/partials/reads-page.sbn-html", "<p>{{ page.url }}</p>");
        var (cache, _, context) = Theme(site.Root);
        cache.IsPure(Partial(context, "reads-page"), context).ShouldBeFalse();
    }

    [Fact]
    public void A_partial_that_assigns_or_includes_an_impure_partial_is_not_pure()
    {
        using var site = new TestSite();
        site.Write("templates/partials/assigns.sbn-html", "{{ x = 1 }}{{ x }}")
            .Write("templates/partials/reads-page.sbn-html", "<p>{{ page.url }}</p>")
            .Write("templates/partials/wraps-header.sbn-html", "<div>{{ include 'reads-page' }}</div>");
        var (cache, _, context) = Theme(site.Root);
        cache.IsPure(Partial(context, "assigns"), context).ShouldBeFalse();
        cache.IsPure(Partial(context, "wraps-header"), context).ShouldBeFalse();
    }

    [Fact]
    public void A_card_partial_that_reads_the_page_still_renders_per_page()
    {
        using var site = new TestSite();
        site.Post("2026-04-01-a.md", "A", extra: "category: tech\ntags: [Chips]")
            .Write("templates/partials/byline.sbn-html", "<p class=\"byline\">{{ $post.title }} under {{ heading }}</p>");
        TestSite.Errors(site.Build()).ShouldBeEmpty();
        site.ReadOutput("tags/chips/index.html").ShouldContain("<p class=\"byline\">A under Chips</p>");
        site.ReadOutput("categories/tech/index.html").ShouldContain("<p class=\"byline\">A under Tech Frontline</p>");
        site.ReadOutput("authors/ana/index.html").ShouldContain("<p class=\"byline\">A under Ana Example</p>");
    }
}
