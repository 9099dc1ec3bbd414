using Generator.Tests.Support;

namespace Generator.Tests.WholeSite;

/// <summary>GitHub's configure-pages gives the base URL without its trailing slash; the site must not notice.</summary>
public class BaseUrlTests
{
    [Theory]
    [InlineData("https://example.github.io/ai-news")]
    [InlineData("https://news.example.com")]
    public void A_base_url_without_its_trailing_slash_builds_the_same_site_as_with_it(string baseUrl)
    {
        using var site = new TestSite();
        site.Post("2026-04-01-one.md", "One", extra: "tags: [\"人工智能\"]\ncategory: tech\nsummary: \"About one.\"", body: "See [two](/posts/two/).")
            .Post("2026-04-02-two.md", "Two", author: "ben");
        var withSlash = site.Build(baseUrl + "/", write: false);
        var withoutSlash = site.Build(baseUrl, write: false);
        withSlash.Succeeded.ShouldBeTrue();
        withoutSlash.Diagnostics.ShouldBeEmpty();
        withoutSlash.Files.Select(f => f.Path).ShouldBe(withSlash.Files.Select(f => f.Path));
        foreach (var (with, without) in withSlash.Files.Zip(withoutSlash.Files)) without.Content.ShouldBe(with.Content, without.Path);
    }
}
