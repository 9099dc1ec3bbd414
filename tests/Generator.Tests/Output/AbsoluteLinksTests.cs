using Generator.Output;

namespace Generator.Tests.Output;

public class AbsoluteLinksTests
{
    private static readonly Uri Page = new("https://example.github.io/ai-news/posts/deal/");

    [Theory]
    [InlineData("/ai-news/glossary/gpu/", "https://example.github.io/ai-news/glossary/gpu/")]
    [InlineData("#fn:1", "https://example.github.io/ai-news/posts/deal/#fn:1")]
    [InlineData("../other/", "https://example.github.io/ai-news/posts/other/")]
    [InlineData("https://example.com/r", "https://example.com/r")]
    [InlineData("mailto:news@example.com", "mailto:news@example.com")]
    public void Link_is_resolved_against_the_page(string href, string expected) =>
        AbsoluteLinks.Rewrite($"<p><a href=\"{href}\">x</a></p>", Page).ShouldBe($"<p><a href=\"{expected}\">x</a></p>");

    [Fact]
    public void Image_src_and_srcset_are_resolved_and_descriptors_kept() =>
        AbsoluteLinks.Rewrite("<img src=\"/a.png\" srcset=\"/a.png 1x, /a@2x.png 2x\" alt=\"\">", Page)
            .ShouldBe("<img src=\"https://example.github.io/a.png\" srcset=\"https://example.github.io/a.png 1x, https://example.github.io/a@2x.png 2x\" alt=\"\">");

    [Fact]
    public void Text_and_markup_are_otherwise_kept() =>
        AbsoluteLinks.Rewrite("<h2 id=\"x\">A &amp; B</h2>\n<p>Plain <em>text</em>.</p>", Page)
            .ShouldBe("<h2 id=\"x\">A &amp; B</h2>\n<p>Plain <em>text</em>.</p>");
}
