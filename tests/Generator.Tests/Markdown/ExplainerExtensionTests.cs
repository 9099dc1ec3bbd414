using Generator.Markdown;

namespace Generator.Tests.Markdown;

public class ExplainerExtensionTests
{
    private static string Html(string markdown) => new MarkdownConverter("/").Convert(markdown).Html.Trim();

    [Theory]
    [InlineData("why-it-matters", "Why it matters")]
    [InlineData("note", "Note")]
    [InlineData("context", "Context")]
    public void Callout_container_renders_as_an_aside_with_a_heading(string kind, string heading) =>
        Html($"::: {kind}\nThe **point**.\n:::").ShouldBe(
            $"<aside class=\"callout callout-{kind}\"><h2 class=\"callout-title\">{heading}</h2>\n<p>The <strong>point</strong>.</p>\n</aside>");

    [Fact]
    public void Callout_heading_can_be_replaced_after_the_kind() =>
        Html("::: note A caveat <b>\nText\n:::").ShouldStartWith("<aside class=\"callout callout-note\"><h2 class=\"callout-title\">A caveat &lt;b&gt;</h2>");

    [Fact]
    public void Other_custom_containers_stay_plain_divs() =>
        Html("::: warning\nText\n:::").ShouldBe("<div class=\"warning\"><p>Text</p>\n</div>");

    [Fact]
    public void Every_heading_gets_a_permalink_anchor() =>
        Html("## Why it matters").ShouldBe(
            "<h2 id=\"why-it-matters\">Why it matters <a class=\"heading-anchor\" href=\"#why-it-matters\"><span aria-hidden=\"true\">#</span><span class=\"visually-hidden\">Link to this section</span></a></h2>");

    [Fact]
    public void Permalink_text_stays_out_of_the_table_of_contents() =>
        new MarkdownConverter("/").Convert("## One\n").Headings.ShouldHaveSingleItem().Text.ShouldBe("One");

    [Fact]
    public void Images_load_lazily() =>
        Html("![A chart](/img/c.png)").ShouldBe("<p><img src=\"/img/c.png\" loading=\"lazy\" decoding=\"async\" alt=\"A chart\" /></p>");
}
