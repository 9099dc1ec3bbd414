using Generator.Content;

namespace Generator.Tests.Content;

public class ArticleReaderTests
{
    private static readonly SiteConfig Config = new("T", "", new Uri("https://example.com/"), "en", 10,
        [new Category("tech-frontline", "Tech Frontline", null)], [new Author("maya-chen", "Maya Chen", null)], null);

    private static (Article? Article, IReadOnlyList<Diagnostic> Diagnostics) Read(string text, string path = "content/posts/2026-04-22-a-post.md")
    {
        var diagnostics = new DiagnosticBag();
        var doc = FrontMatterDocument.Parse(new SourceFile(path, text), diagnostics)!;
        return (ArticleReader.Read(doc, Config, diagnostics), diagnostics.All);
    }

    [Fact]
    public void Full_front_matter_is_read_into_typed_fields()
    {
        var (article, diagnostics) = Read("""
            ---
            title: "Kimi K2.6: 300 agents"
            date: 2026-04-22T09:30:00+02:00
            updated: 2026-04-23
            author: maya-chen
            category: tech-frontline
            tags: ["Kimi K2.6", "Open Weights"]
            summary: "Short."
            image: { src: /assets/a.png, alt: "A chart" }
            sources:
              - title: "Report"
                url: "https://example.com/r"
                date: 2026-04-21
            faq:
              - q: "Why?"
                a: "Because."
            draft: true
            glossary: false
            ---
            Body
            """);
        diagnostics.ShouldBeEmpty();
        article.ShouldNotBeNull();
        article.Slug.ShouldBe("a-post");
        article.Title.ShouldBe("Kimi K2.6: 300 agents");
        article.Date.ShouldBe(new DateTimeOffset(2026, 4, 22, 9, 30, 0, TimeSpan.FromHours(2)));
        article.Updated.ShouldBe(new DateTimeOffset(2026, 4, 23, 0, 0, 0, TimeSpan.Zero));
        article.Tags.ShouldBe(["Kimi K2.6", "Open Weights"]);
        article.Image.ShouldBe(new ArticleImage("/assets/a.png", "A chart"));
        article.Sources.ShouldHaveSingleItem().Url.ShouldBe("https://example.com/r");
        article.Faq.ShouldHaveSingleItem().ShouldBe(new FaqEntry("Why?", "Because."));
        article.Draft.ShouldBeTrue();
        article.GlossaryLinking.ShouldBeFalse();
        article.BodyLine.ShouldBe(20);
    }

    [Fact]
    public void Missing_title_date_and_author_are_each_reported()
    {
        var (article, diagnostics) = Read("---\nsummary: x\n---\n");
        article.ShouldBeNull();
        diagnostics.Select(d => d.ToString()).ShouldBe([
            "content/posts/2026-04-22-a-post.md:2:1: error GEN004: missing required key 'title'",
            "content/posts/2026-04-22-a-post.md:2:1: error GEN004: missing required key 'date'",
            "content/posts/2026-04-22-a-post.md:2:1: error GEN004: missing required key 'author'",
        ]);
    }

    [Fact]
    public void Date_that_is_not_a_date_points_at_the_value()
    {
        var (_, diagnostics) = Read("---\ntitle: A\ndate: 2026-02-30\nauthor: maya-chen\n---\n");
        diagnostics.ShouldHaveSingleItem().ToString().ShouldStartWith("content/posts/2026-04-22-a-post.md:3:7: error GEN005: 'date' is not a date");
    }

    [Fact]
    public void Unknown_key_is_a_warning_with_did_you_mean()
    {
        var (article, diagnostics) = Read("---\ntittle: A\ntitle: A\ndate: 2026-04-01\nauthor: maya-chen\n---\n");
        article.ShouldNotBeNull();
        var warning = diagnostics.ShouldHaveSingleItem();
        warning.Severity.ShouldBe(Severity.Warning);
        warning.ToString().ShouldBe("content/posts/2026-04-22-a-post.md:2:1: warning GEN007: unknown key 'tittle' (did you mean 'title'?)");
    }

    [Fact]
    public void Unknown_author_and_category_suggest_the_closest_id()
    {
        var (_, diagnostics) = Read("---\ntitle: A\ndate: 2026-04-01\nauthor: maya-chn\ncategory: tech-frontlin\n---\n");
        diagnostics.Select(d => d.ToString()).ShouldBe([
            "content/posts/2026-04-22-a-post.md:4:9: error GEN008: unknown author 'maya-chn' (did you mean 'maya-chen'?); authors are listed in site.yml",
            "content/posts/2026-04-22-a-post.md:5:11: error GEN009: unknown category 'tech-frontlin' (did you mean 'tech-frontline'?); categories are listed in site.yml",
        ]);
    }

    [Theory]
    [InlineData("../../etc")]
    [InlineData("a/b")]
    [InlineData("..")]
    public void Slug_that_would_leave_the_output_folder_is_an_error(string slug)
    {
        var (article, diagnostics) = Read($"---\ntitle: A\ndate: 2026-04-01\nauthor: maya-chen\nslug: \"{slug}\"\n---\n");
        article.ShouldBeNull();
        diagnostics.ShouldHaveSingleItem().Code.ShouldBe(DiagnosticCodes.InvalidSlug);
    }

    [Fact]
    public void Wrong_types_are_reported()
    {
        var (_, diagnostics) = Read("---\ntitle: [a, b]\ndate: 2026-04-01\nauthor: maya-chen\ndraft: maybe\ntags: {a: 1}\n---\n");
        diagnostics.Select(d => d.Code).ShouldBe([DiagnosticCodes.WrongType, DiagnosticCodes.WrongType, DiagnosticCodes.WrongType]);
    }
}
