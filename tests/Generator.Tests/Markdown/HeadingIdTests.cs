using FsCheck;
using FsCheck.Fluent;
using Generator.Markdown;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Generator.Tests.Markdown;

/// <summary>Heading ids keep the letters and digits of every script, as GitHub and Hugo do, and stay unique; they are
/// numbered by <see cref="HeadingIdExtension"/> in linear time, exactly as Markdig's auto-identifiers number them (the
/// oracle: a pipeline with Markdig's extensions only, with the same options).</summary>
public class HeadingIdTests
{
    private static List<string> Ids(string markdown) => new MarkdownConverter("/").Convert(markdown).Headings.Select(h => h.Id).ToList();

    [Fact]
    public void Chinese_headings_keep_their_characters_and_drop_punctuation() =>
        Ids("## 为什么重要？\n\n## 亚马逊 和 Anthropic：交易\n").ShouldBe(["为什么重要", "亚马逊-和-anthropic交易"]);

    [Fact]
    public void Repeated_Chinese_headings_get_unique_ids() =>
        Ids("## 背景\n\n## 背景\n\n## 背景\n").ShouldBe(["背景", "背景-1", "背景-2"]);

    [Fact]
    public void Latin_headings_keep_the_ids_they_always_had() =>
        Ids("## Why it matters\n\n## Chips & policy: what's next?\n\n## 2026 outlook\n").ShouldBe(["why-it-matters", "chips-policy-whats-next", "outlook"]);

    [Fact]
    public void Accented_letters_are_kept_as_written() =>
        Ids("## Café culture\n").ShouldBe(["café-culture"]);

    [Fact]
    public void A_Chinese_permalink_links_its_own_id() =>
        new MarkdownConverter("/").Convert("## 数据\n").Html.ShouldContain("<h2 id=\"数据\">数据 <a class=\"heading-anchor\" href=\"#%E6%95%B0%E6%8D%AE\">");

    public static TheoryData<AutoIdentifierOptions> Options => [AutoIdentifierOptions.Default, AutoIdentifierOptions.AutoLink];

    private static MarkdownPipeline MarkdigOnly(AutoIdentifierOptions options)
    {
        var builder = new MarkdownPipelineBuilder().UseAdvancedExtensions();
        builder.Extensions.Replace<AutoIdentifierExtension>(new AutoIdentifierExtension(options));
        return builder.Build();
    }

    private static MarkdownPipeline Ours(AutoIdentifierOptions options)
    {
        var builder = new MarkdownPipelineBuilder().UseAdvancedExtensions();
        builder.Extensions.Replace<AutoIdentifierExtension>(new AutoIdentifierExtension(options));
        HeadingIdExtension.AddTo(builder, options);
        return builder.Build();
    }

    private static List<string?> Ids(string markdown, MarkdownPipeline pipeline) =>
        [.. Markdig.Markdown.Parse(markdown, pipeline).Descendants<HeadingBlock>().Select(h => h.TryGetAttributes()?.Id)];

    [Theory]
    [MemberData(nameof(Options))]
    public void Duplicate_headings_are_numbered_as_markdig_numbers_them(AutoIdentifierOptions options)
    {
        var markdown = "## h\n\n## h\n\n## h 1\n\n## h\n\n# \n\n## Section\n\n# \n\n## H {#h-3}\n\n## h\n";
        Ids(markdown, Ours(options)).ShouldBe(["h", "h-1", "h-1-1", "h-2", "section", "section-1", "section-2", "h-3", "h-3"]);
        Ids(markdown, Ours(options)).ShouldBe(Ids(markdown, MarkdigOnly(options)));
    }

    [Fact]
    public void A_thousand_identical_headings_get_a_thousand_numbered_ids()
    {
        var ids = Ids(string.Concat(Enumerable.Repeat("## h\n", 1_000)), Ours(AutoIdentifierOptions.AutoLink));
        ids.ShouldBe(["h", .. Enumerable.Range(1, 999).Select(i => $"h-{i}")]);
    }

    [Fact]
    public void Headings_are_still_link_targets_by_their_text()
    {
        var html = Markdig.Markdown.ToHtml("## Why it matters\n\nSee [Why it matters].\n", Ours(AutoIdentifierOptions.AutoLink));
        html.ShouldContain("<a href=\"#why-it-matters\">Why it matters</a>");
    }

    private static readonly string[] Words =
        ["h", "h 1", "h-1", "H", "1", "Why it *matters*", "`code`", "[link](/x)", "", "é", "a  b", "{#h}", "h-2", "背景", "背景 1", "为什么*重要*"];

    [Theory]
    [MemberData(nameof(Options))]
    public void Random_headings_get_the_ids_markdig_gives_them(AutoIdentifierOptions options)
    {
        var (ours, markdig) = (Ours(options), MarkdigOnly(options));
        var headings = Gen.ListOf(Gen.Elements(Words).SelectMany(w => Gen.Elements("# ", "## ", "### ").Select(level => level + w)));
        Prop.ForAll(headings.ToArbitrary(), list =>
        {
            var markdown = string.Join("\n\n", list) + "\n";
            Ids(markdown, ours).ShouldBe(Ids(markdown, markdig), markdown);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }
}
