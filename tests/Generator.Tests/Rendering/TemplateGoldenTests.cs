using Generator.Tests.Support;

namespace Generator.Tests.Rendering;

/// <summary>
/// Golden files for the theme's templates: a fixed small site rendered through every page kind. Unlike the example-site
/// snapshots, the input here is tiny and written in the test, so each golden file shows one template's output plainly.
/// </summary>
public class TemplateGoldenTests
{
    private static readonly Lazy<Dictionary<string, string>> Pages = new(() =>
    {
        using var site = new TestSite();
        site.Post("2026-04-20-deal.md", "The <deal>", date: "2026-04-20", body: "## Section\n\nText with [a link](/posts/next/).",
                extra: "updated: 2026-04-21\ncategory: tech\ntags: [\"Kimi K2.6\"]\nsummary: \"Short & sweet.\"\nsources:\n  - title: Report\n    url: https://example.com/r\n    date: 2026-04-19\nfaq:\n  - q: Why?\n    a: Because.")
            .Post("2026-04-21-next.md", "Next post", date: "2026-04-21", author: "ben", extra: "category: policy")
            .Write("content/glossary/gpu.md", "---\nterm: GPU\naliases: [GPUs]\nshort: \"A chip for parallel maths.\"\n---\nLong *explanation*.\n")
            .Write("content/pages/about.md", "---\ntitle: About\n---\nAbout text.\n");
        var result = site.Build(write: false);
        return result.Files.ToDictionary(f => f.Path, f => f.Content);
    });

    [Theory]
    [InlineData("index.html")]
    [InlineData("posts/deal/index.html")]
    [InlineData("tags/index.html")]
    [InlineData("tags/kimi-k2-6/index.html")]
    [InlineData("categories/tech/index.html")]
    [InlineData("authors/ana/index.html")]
    [InlineData("glossary/index.html")]
    [InlineData("glossary/gpu/index.html")]
    [InlineData("about/index.html")]
    [InlineData("404.html")]
    [InlineData("search/index.html")]
    public void Template_output_matches_golden_file(string path) =>
        InlineStyles.Scrub(Pages.Value[path]).ShouldMatchApproved(c => c
            .NoDiff()
            .SubFolder("approved")
            .WithFileExtension("html")
            .WithFilenameGenerator((_, _, type, extension) => $"{Path.ChangeExtension(path, null).Replace('/', '~')}.{type}.{extension}"));
}
