using Generator.Content;

namespace Generator.Tests.Content;

public class SlugTests
{
    [Theory]
    [InlineData("Kimi K2.6", "kimi-k2-6")]
    [InlineData("Biotech & Health", "biotech-health")]
    [InlineData("人工智能", "人工智能")]
    [InlineData("  Project   Prometheus!  ", "project-prometheus")]
    [InlineData("Café Über", "café-über")]
    public void Tag_slug_keeps_letters_and_digits_of_every_script(string tag, string expected) =>
        Slug.From(tag).ShouldBe(expected);

    [Theory]
    [InlineData("content/posts/2026-04-22-amazon-anthropic-deal.md", "amazon-anthropic-deal")]
    [InlineData("content/posts/hello-world.md", "hello-world")]
    [InlineData("content/glossary/open-weight-model.md", "open-weight-model")]
    public void Slug_from_file_name_drops_the_leading_date(string path, string expected) =>
        Slug.FromFileName(path).ShouldBe(expected);

    [Theory]
    [InlineData("../escape", false)]
    [InlineData("a/b", false)]
    [InlineData("..", false)]
    [InlineData(".hidden", false)]
    [InlineData("a\\b", false)]
    [InlineData("fine-slug", true)]
    public void Explicit_slug_must_be_one_safe_segment(string slug, bool valid) =>
        Slug.IsValidSegment(slug).ShouldBe(valid);
}
