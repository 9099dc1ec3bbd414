using Generator.Markdown;

namespace Generator.Tests.Markdown;

public class TableCaptionTests
{
    private static string Html(string markdown) => new MarkdownConverter("/").Convert(markdown).Html.Trim();

    private const string Table = "| Chip | Maker |\n|---|---|\n| Trainium | AWS |\n";

    [Fact]
    public void Table_paragraph_after_a_table_becomes_its_caption() =>
        Html(Table + "\nTable: Chips and their makers\n").ShouldBe(
            "<div class=\"table-scroll\" role=\"region\" aria-label=\"Table\" tabindex=\"0\">\n<table>\n<caption>Chips and their makers</caption>\n"
            + "<thead>\n<tr>\n<th>Chip</th>\n<th>Maker</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>Trainium</td>\n<td>AWS</td>\n</tr>\n</tbody>\n</table>\n</div>");

    [Fact]
    public void Table_paragraph_before_a_table_becomes_its_caption()
    {
        var html = Html("Table: Chips and their makers\n\n" + Table);
        html.ShouldStartWith("<div class=\"table-scroll\"");
        html.ShouldContain("<table>\n<caption>Chips and their makers</caption>\n<thead>");
        html.ShouldNotContain("<p>");
    }

    [Fact]
    public void Caption_keeps_its_inline_markdown_and_escapes_its_text() =>
        Html(Table + "\ntable: *Revenue* in <b>2026</b> & [source](https://example.com)\n").ShouldContain(
            "<caption><em>Revenue</em> in <b>2026</b> &amp; <a href=\"https://example.com\">source</a></caption>");

    [Fact]
    public void Caption_starting_with_emphasis_loses_only_its_label() =>
        Html(Table + "\nTable: **Bold** caption\n").ShouldContain("<caption><strong>Bold</strong> caption</caption>");

    [Fact]
    public void A_table_without_a_caption_paragraph_has_no_caption()
    {
        var html = Html(Table + "\nThe table shows chips.\n");
        html.ShouldNotContain("<caption>");
        html.ShouldEndWith("<p>The table shows chips.</p>");
    }

    [Fact]
    public void A_caption_label_alone_stays_a_paragraph() =>
        Html(Table + "\nTable:\n").ShouldEndWith("<p>Table:</p>");

    [Fact]
    public void A_table_paragraph_away_from_any_table_stays_a_paragraph() =>
        Html("Table: of contents\n\nJust words.\n").ShouldBe("<p>Table: of contents</p>\n<p>Just words.</p>");

    [Fact]
    public void Each_of_two_tables_takes_its_own_caption()
    {
        var html = Html(Table + "\nTable: First\n\n" + Table + "\nTable: Second\n");
        html.ShouldContain("<caption>First</caption>");
        html.ShouldContain("<caption>Second</caption>");
        html.ShouldNotContain("<p>");
    }
}
