using Generator.Markdown;

namespace Generator.Tests.Markdown;

public class MarkdownConverterTests
{
    private static readonly MarkdownConverter UnderPath = new("/ai-news/");

    [Theory]
    [InlineData("[a](/posts/x/)", "<p><a href=\"/ai-news/posts/x/\">a</a></p>")]
    [InlineData("![chart](/assets/c.png)", "<p><img src=\"/ai-news/assets/c.png\" loading=\"lazy\" decoding=\"async\" alt=\"chart\" /></p>")]
    [InlineData("[a](//cdn.example.com/x)", "<p><a href=\"//cdn.example.com/x\">a</a></p>")]
    [InlineData("[a](https://example.com/x)", "<p><a href=\"https://example.com/x\">a</a></p>")]
    [InlineData("[a](#section)", "<p><a href=\"#section\">a</a></p>")]
    [InlineData("[a](/ai-news/posts/x/)", "<p><a href=\"/ai-news/posts/x/\">a</a></p>")]
    [InlineData("[a][ref]\n\n[ref]: /glossary/gpu/", "<p><a href=\"/ai-news/glossary/gpu/\">a</a></p>")]
    public void Root_relative_links_get_the_base_path(string markdown, string html) =>
        UnderPath.Convert(markdown).Html.Trim().ShouldBe(html);

    [Theory]
    [InlineData("A <a href=\"/posts/x/\">raw</a> link", "<p>A <a href=\"/ai-news/posts/x/\">raw</a> link</p>")]
    [InlineData("<div>\n<img src='/images/a.png' alt=\"a\">\n</div>", "<div>\n<img src='/ai-news/images/a.png' alt=\"a\">\n</div>")]
    [InlineData("<a href=\"//cdn.example.com/x\">cdn</a>", "<p><a href=\"//cdn.example.com/x\">cdn</a></p>")]
    [InlineData("<a href=\"/ai-news/posts/x/\">done</a>", "<p><a href=\"/ai-news/posts/x/\">done</a></p>")]
    [InlineData("`<a href=\"/posts/x/\">`", "<p><code>&lt;a href=&quot;/posts/x/&quot;&gt;</code></p>")]
    public void Root_relative_urls_in_raw_html_get_the_base_path(string markdown, string html) =>
        UnderPath.Convert(markdown).Html.Trim().ShouldBe(html);

    [Fact]
    public void Site_at_the_root_keeps_links_as_written() =>
        new MarkdownConverter("/").Convert("[a](/posts/x/)").Html.Trim().ShouldBe("<p><a href=\"/posts/x/\">a</a></p>");

    [Fact]
    public void Advanced_extensions_are_on_tables_footnotes_and_heading_ids()
    {
        var html = UnderPath.Convert("## Why it matters\n\n| a |\n|---|\n| 1 |\n\nText[^1]\n\n[^1]: Note.\n").Html;
        html.ShouldContain("<h2 id=\"why-it-matters\">Why it matters <a class=\"heading-anchor\"");
        html.ShouldContain("<table>");
        html.ShouldContain("class=\"footnote-ref\"");
    }

    [Fact]
    public void Headings_are_collected_for_a_table_of_contents()
    {
        var headings = UnderPath.Convert("## One\n\ntext\n\n### Two `code`\n").Headings;
        headings.ShouldBe([new TocEntry(2, "one", "One"), new TocEntry(3, "two-code", "Two code")]);
    }
}

public class ScrollableTableTests
{
    [Fact]
    public void Tables_are_wrapped_in_a_focusable_labelled_scroll_box()
    {
        var html = new MarkdownConverter("/").Convert("| a | b |\n|---|---|\n| 1 | 2 |").Html;
        html.ShouldStartWith("<div class=\"table-scroll\" role=\"region\" aria-label=\"Table\" tabindex=\"0\">\n<table>");
        html.TrimEnd().ShouldEndWith("</table>\n</div>");
    }
}
