using Generator.Rendering;
using Generator.Tests.Support;

namespace Generator.Tests.WholeSite;

/// <summary>What an article page puts before and after its story.</summary>
public class ArticleLayoutTests
{
    private static string Body(int sections, int wordsEach) => string.Join("\n\n", Enumerable.Range(1, sections)
        .Select(i => $"## Part {i}\n\n" + string.Join(' ', Enumerable.Repeat("word", wordsEach))));

    [Theory]
    [InlineData(PostView.TocMinHeadings, PostView.TocMinWords, true)]
    [InlineData(PostView.TocMinHeadings - 1, PostView.TocMinWords + 300, false)] // long, but few sections
    [InlineData(PostView.TocMinHeadings + 2, PostView.TocMinWords - 200, false)] // many sections, but short
    public void Only_a_long_article_with_several_sections_gets_a_table_of_contents(int sections, int words, bool toc)
    {
        using var site = new TestSite();
        site.Post("2026-04-01-story.md", "Story", body: Body(sections, words / sections + 1)).Build().Succeeded.ShouldBeTrue();
        site.ReadOutput("posts/story/index.html").Contains("id=\"toc-heading\"").ShouldBe(toc);
    }

    [Fact]
    public void Tags_come_after_the_story_and_the_byline_is_one_short_line()
    {
        using var site = new TestSite();
        site.Post("2026-04-01-story.md", "Story", extra: "tags: [GPU]", body: "The first paragraph.").Build().Succeeded.ShouldBeTrue();
        var html = site.ReadOutput("posts/story/index.html");
        html.IndexOf("class=\"tags\"", StringComparison.Ordinal).ShouldBeGreaterThan(html.IndexOf("The first paragraph.", StringComparison.Ordinal));
        var byline = html[html.IndexOf("class=\"meta byline\"", StringComparison.Ordinal)..html.IndexOf("</p>", html.IndexOf("class=\"meta byline\"", StringComparison.Ordinal), StringComparison.Ordinal)];
        byline.ShouldNotContain("words");
        byline.ShouldNotContain("avatar");
    }

    [Fact]
    public void Cards_on_the_home_page_are_headings_below_its_section_headings()
    {
        using var site = new TestSite();
        site.Post("2026-04-01-a.md", "First").Post("2026-04-02-b.md", "Second").Build().Succeeded.ShouldBeTrue();
        var home = site.ReadOutput("index.html");
        home.ShouldContain("<h3 class=\"post-card-title\">");
        home.ShouldNotContain("<h2 class=\"post-card-title\">");
        site.ReadOutput("tags/index.html").ShouldNotContain("<h3 class=\"post-card-title\">");
    }
}
