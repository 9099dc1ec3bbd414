using FsCheck;
using FsCheck.Fluent;
using Generator.Markdown;
using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Generator.Tests.Markdown;

/// <summary>Heading ids are numbered by <see cref="HeadingIdExtension"/> in linear time, exactly as Markdig's
/// auto-identifiers number them (the oracle: a pipeline with Markdig's extensions only).</summary>
public class HeadingIdTests
{
    private static readonly MarkdownPipeline MarkdigOnly = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    private static readonly MarkdownPipeline Ours = Pipeline();

    private static MarkdownPipeline Pipeline()
    {
        var builder = new MarkdownPipelineBuilder().UseAdvancedExtensions();
        HeadingIdExtension.AddTo(builder);
        return builder.Build();
    }

    private static List<string?> Ids(string markdown, MarkdownPipeline pipeline) =>
        [.. Markdig.Markdown.Parse(markdown, pipeline).Descendants<HeadingBlock>().Select(h => h.TryGetAttributes()?.Id)];

    [Fact]
    public void Duplicate_headings_are_numbered_as_markdig_numbers_them()
    {
        var markdown = "## h\n\n## h\n\n## h 1\n\n## h\n\n# \n\n## Section\n\n# \n\n## H {#h-3}\n\n## h\n";
        Ids(markdown, Ours).ShouldBe(["h", "h-1", "h-1-1", "h-2", "section", "section-1", "section-2", "h-3", "h-3"]);
        Ids(markdown, Ours).ShouldBe(Ids(markdown, MarkdigOnly));
    }

    [Fact]
    public void A_thousand_identical_headings_get_a_thousand_numbered_ids()
    {
        var ids = Ids(string.Concat(Enumerable.Repeat("## h\n", 1_000)), Ours);
        ids.ShouldBe(["h", .. Enumerable.Range(1, 999).Select(i => $"h-{i}")]);
    }

    [Fact]
    public void Headings_are_still_link_targets_by_their_text()
    {
        var html = Markdig.Markdown.ToHtml("## Why it matters\n\nSee [Why it matters].\n", Ours);
        html.ShouldContain("<a href=\"#why-it-matters\">Why it matters</a>");
    }

    private static readonly string[] Words = ["h", "h 1", "h-1", "H", "1", "Why it *matters*", "`code`", "[link](/x)", "", "é", "a  b", "{#h}", "h-2"];

    [Fact]
    public void Random_headings_get_the_ids_markdig_gives_them()
    {
        var headings = Gen.ListOf(Gen.Elements(Words).SelectMany(w => Gen.Elements("# ", "## ", "### ").Select(level => level + w)));
        Prop.ForAll(headings.ToArbitrary(), list =>
        {
            var markdown = string.Join("\n\n", list) + "\n";
            Ids(markdown, Ours).ShouldBe(Ids(markdown, MarkdigOnly), markdown);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }
}
