using Generator.Tests.Support;

namespace Generator.Tests.WholeSite;

/// <summary>
/// A glossary term's page lists the articles that use it, paginated as tag and author lists are (issue 22: at 10,000
/// posts a common term's page listed thousands of articles). Page 1 holds the definition; later pages hold more
/// articles under the term's heading.
/// </summary>
public sealed class TermPaginationTests : IDisposable
{
    private readonly TestSite site = new(TestSite.DefaultConfig + "\nposts_per_page: 2\n");

    public TermPaginationTests()
    {
        for (var day = 1; day <= 5; day++)
            site.Post($"2026-04-0{day}-p{day}.md", $"Post {day}", date: $"2026-04-0{day}", body: $"Post {day} runs on a GPU.");
        site.Write("content/glossary/gpu.md", "---\nterm: GPU\nshort: \"A chip for parallel maths.\"\n---\nThe long explanation.\n");
    }

    public void Dispose() => site.Dispose();

    [Fact]
    public void Term_page_lists_its_articles_a_page_at_a_time_newest_first()
    {
        var result = site.Build();

        result.Succeeded.ShouldBeTrue(string.Join("\n", result.Diagnostics));
        result.Paths.ShouldContain("glossary/gpu/page/2/index.html");
        result.Paths.ShouldContain("glossary/gpu/page/3/index.html");
        result.Paths.ShouldNotContain("glossary/gpu/page/4/index.html");
        var first = site.ReadOutput("glossary/gpu/index.html");
        first.ShouldContain("Post 5");
        first.ShouldContain("Post 4");
        first.ShouldNotContain("Post 3");
        first.ShouldContain("rel=\"next\" href=\"/ai-news/glossary/gpu/page/2/\"");
        var last = site.ReadOutput("glossary/gpu/page/3/index.html");
        last.ShouldContain("Post 1");
        last.ShouldNotContain("Post 2");
        last.ShouldContain("rel=\"prev\" href=\"/ai-news/glossary/gpu/page/2/\"");
    }

    [Fact]
    public void Only_the_first_term_page_holds_the_definition()
    {
        site.Build().Succeeded.ShouldBeTrue();

        site.ReadOutput("glossary/gpu/index.html").ShouldContain("The long explanation.");
        var second = site.ReadOutput("glossary/gpu/page/2/index.html");
        second.ShouldNotContain("The long explanation.");
        second.ShouldContain("<h1>GPU (page 2)</h1>");
        second.ShouldContain("<title>GPU (page 2)");
        second.ShouldContain("A chip for parallel maths.");
    }

    [Fact]
    public void Later_term_pages_are_in_the_sitemap()
    {
        site.Build().Succeeded.ShouldBeTrue();

        var sitemap = site.ReadOutput("sitemap.xml");
        sitemap.ShouldContain("<loc>https://example.github.io/ai-news/glossary/gpu/page/2/</loc>");
        sitemap.ShouldContain("<loc>https://example.github.io/ai-news/glossary/gpu/page/3/</loc>");
    }

    [Fact]
    public void A_term_with_no_articles_has_one_page()
    {
        site.Write("content/glossary/tpu.md", "---\nterm: TPU\nshort: \"Google's chip.\"\n---\nNo article uses it.\n");

        var result = site.Build();

        result.Paths.ShouldContain("glossary/tpu/index.html");
        result.Paths.ShouldNotContain("glossary/tpu/page/2/index.html");
        site.ReadOutput("glossary/tpu/index.html").ShouldNotContain("class=\"pagination\"");
    }
}
