using Generator.Content;
using Generator.Tests.Support;

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
    [InlineData("Moonshot's Kimi", "moonshots-kimi")]
    [InlineData("Moonshot\u2019s Kimi", "moonshots-kimi")]
    [InlineData("Don't panic: it's 'fine'", "dont-panic-its-fine")]
    public void Apostrophes_are_dropped_instead_of_splitting_the_word(string text, string expected) =>
        Slug.From(text).ShouldBe(expected);

    [Fact]
    public void No_slug_of_the_example_blog_changes_because_apostrophes_are_dropped()
    {
        // Published URLs must not move: every name a slug is made from (file names and tags) has no apostrophe.
        var content = ContentLoader.Load(RepoRoot.Path, null, new DiagnosticBag()).ShouldNotBeNull();
        var names = content.Posts.SelectMany(p => p.Tags.Append(Path.GetFileName(p.SourcePath)))
            .Concat(content.Terms.Select(t => Path.GetFileName(t.SourcePath)))
            .Concat(content.Pages.Select(p => Path.GetFileName(p.SourcePath))).ToList();
        names.Count.ShouldBeGreaterThan(50);
        names.ShouldAllBe(n => n.IndexOfAny(new[] { '\'', '\u2019' }) < 0);
    }

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
