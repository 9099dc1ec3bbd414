using Generator.Content;
using Generator.Markdown;
using Generator.Site;

namespace Generator.Tests.Site;

public class SiteAssemblerTests
{
    private static readonly SiteConfig Config = new("T", "", new Uri("https://example.com/"), "en", 10,
        [new Category("tech", "Tech", null)], [new Author("ana", "Ana", null)], null);

    private static RenderedArticle Post(string slug, int day, string? category = null, params string[] tags) => new(
        new Article($"content/posts/{slug}.md", slug, slug, new DateTimeOffset(2026, 4, day, 0, 0, 0, TimeSpan.Zero), null, "ana",
            category, tags, null, null, [], [], false, true, "", 1),
        new RenderedMarkdown("", default, []), []);

    [Fact]
    public void Posts_are_newest_first_and_grouped_by_tag_category_and_author()
    {
        var site = SiteAssembler.Assemble(Config, [Post("old", 1, "tech", "AI"), Post("new", 3, null, "AI", "GPU")], [], [], new DiagnosticBag());
        site.Posts.Select(p => p.Slug).ShouldBe(["new", "old"]);
        site.Tags.Select(t => (t.Name, t.Slug, t.Posts.Count)).ShouldBe([("AI", "ai", 2), ("GPU", "gpu", 1)]);
        site.Categories.ShouldHaveSingleItem().Posts.Select(p => p.Slug).ShouldBe(["old"]);
        site.Authors.ShouldHaveSingleItem().Posts.Count.ShouldBe(2);
    }

    [Fact]
    public void Tag_without_letters_or_digits_is_an_error()
    {
        var diagnostics = new DiagnosticBag();
        SiteAssembler.Assemble(Config, [Post("a", 1, null, "!!!")], [], [], diagnostics);
        diagnostics.All.ShouldHaveSingleItem().Code.ShouldBe(DiagnosticCodes.InvalidSlug);
    }
}
