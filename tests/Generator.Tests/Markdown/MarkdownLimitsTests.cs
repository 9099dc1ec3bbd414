using System.Text;
using Generator.Markdown;

namespace Generator.Tests.Markdown;

/// <summary>
/// Inputs on which Markdig does superlinear work (issue 20) are refused before it does it: one located error, at the
/// place the limit was passed. Each case is the input the issue reports; errors are shown as if the body began at
/// line 1 of "p.md".
/// </summary>
public class MarkdownLimitsTests
{
    private static readonly MarkdownConverter Converter = new("/");

    private static string Repeat(string text, int times) => new StringBuilder(text.Length * times).Insert(0, text, times).ToString();

    private static string Error(string markdown)
    {
        var issues = Converter.Convert(markdown).Issues;
        issues.Count.ShouldBe(1, string.Join("\n", issues));
        return issues[0].At("p.md", 1).ToString();
    }

    [Fact]
    public void Link_openers_without_an_end_are_refused_at_the_first_address()
    {
        Error(Repeat("[a](", 128_000)).ShouldBe(
            "p.md:1:5: error GEN037: this link's address runs on for more than 2,048 characters without a space or a closing ')'");
    }

    [Fact]
    public void Eighty_thousand_headings_are_refused_at_the_one_past_the_limit() =>
        Error(Repeat("## h\n", 80_000)).ShouldBe("p.md:1001:1: error GEN037: more than 1,000 headings in this body");

    [Fact]
    public void A_list_nested_three_thousand_levels_by_indentation_is_refused_at_level_101()
    {
        var list = string.Concat(Enumerable.Range(0, 3_000).Select(i => new string(' ', 2 * i) + "- x\n"));
        Error(list).ShouldBe("p.md:101:201: error GEN025: lists, quotes or containers are nested 101 levels deep here; the limit is 100");
    }

    [Fact]
    public void Quotes_and_list_markers_on_one_line_count_as_levels_and_open_containers_are_limited()
    {
        Error(Repeat("> ", 2_000) + "x").ShouldStartWith("p.md:1:201: error GEN025: lists, quotes or containers are nested 101 levels deep");
        Error(Repeat("- ", 2_000) + "x").ShouldStartWith("p.md:1:201: error GEN025:");
        Error(Repeat("::: note\n", 2_000)).ShouldBe("p.md:17:1: error GEN037: more than 16 ::: containers are open here (is a closing ::: missing?)");
    }

    [Fact]
    public void Three_hundred_thousand_reference_definitions_are_refused_at_the_one_past_the_limit()
    {
        var definitions = string.Concat(Enumerable.Range(0, 300_000).Select(i => $"[a{i}]: /x{i}\n"));
        Error(definitions).ShouldBe("p.md:101:1: error GEN037: more than 100 link reference definitions ([name]: url) in this body");
    }

    [Fact]
    public void A_twenty_thousand_column_table_is_refused_at_column_101()
    {
        var table = "|" + Repeat("a|", 20_000) + "\n|" + Repeat("-|", 20_000) + "\n|" + Repeat("b|", 20_000) + "\n";
        Error(table).ShouldBe("p.md:1:203: error GEN037: more than 100 table columns in this row");
    }

    [Fact]
    public void A_table_of_more_than_ten_thousand_cells_is_refused()
    {
        var table = "| a | b | c | d |\n|---|---|---|---|\n" + Repeat("| 1 | 2 | 3 | 4 |\n", 3_000);
        Error(table).ShouldBe("p.md:2001:1: error GEN037: more than 10,000 table cells in this table or paragraph");
    }

    [Fact]
    public void A_nine_megabyte_paragraph_of_short_lines_is_refused_at_its_line_limit() =>
        Error(Repeat("ab\n", 3_000_000)).ShouldBe("p.md:200001:1: error GEN037: this body has more than 200,000 lines");

    [Fact]
    public void A_paragraph_of_more_line_breaks_than_inline_elements_allowed_is_refused() =>
        Error(Repeat("ab\n", 150_000)).ShouldBe(
            "p.md:100002:1: error GEN037: more than 100,000 inline elements (links, emphasis, entities, HTML tags, table cells, lines of paragraphs) in this body");

    [Fact]
    public void Two_hundred_thousand_footnotes_are_refused_at_the_definition_past_the_limit()
    {
        var references = string.Concat(Enumerable.Range(0, 2_000).Select(line =>
            string.Concat(Enumerable.Range(0, 100).Select(i => $"x[^{line * 100 + i}] ")) + "\n\n"));
        var definitions = string.Concat(Enumerable.Range(0, 200_000).Select(i => $"[^{i}]: note\n"));
        Error(references + definitions).ShouldBe("p.md:4501:1: error GEN037: more than 500 footnotes are defined in this body");
    }

    [Fact]
    public void Four_point_seven_million_entity_starts_are_refused_at_the_element_past_the_limit() =>
        Error(Repeat("&#", 4_700_000)).ShouldBe(
            "p.md:1:200001: error GEN037: more than 100,000 inline elements (links, emphasis, entities, HTML tags, table cells, lines of paragraphs) in this body");

    [Fact]
    public void More_than_128_emphasis_marks_in_one_paragraph_are_refused()
    {
        Error("Intro.\n\n" + Repeat("*a* ", 200)).ShouldBe(
            "p.md:3:257: error GEN037: more than 128 emphasis marks (*, _, ~, ^, ==, ++) in this paragraph, heading or table");
        Converter.Convert(Repeat("*a* ", 60) + "\n\n" + Repeat("*a* ", 60)).Issues.ShouldBeEmpty(); // per paragraph
    }

    [Fact]
    public void Undefined_footnote_references_count_as_superscript_marks() =>
        Error(Repeat("x[^1]", 1_000)).ShouldStartWith("p.md:1:643: error GEN037: more than 128 emphasis marks");

    [Fact]
    public void Backticks_and_html_comments_that_never_close_are_refused_past_64_in_a_paragraph()
    {
        var unmatched = string.Concat(Enumerable.Range(1, 100).Select(n => new string('`', n) + "a ")); // no two runs alike
        Error(unmatched).ShouldBe("p.md:1:2209: error GEN037: more than 64 backticks or HTML comments (<!--, <?, <!) in this paragraph are never closed");
        Error(Repeat("a <!--", 1_000)).ShouldBe("p.md:1:387: error GEN037: more than 64 backticks or HTML comments (<!--, <?, <!) in this paragraph are never closed");
        Error(Repeat("a <?", 1_000)).ShouldStartWith("p.md:1:259: error GEN037: more than 64 backticks");
        Error(Repeat("a <!x", 1_000)).ShouldMatch(@"^p\.md:1:\d+: error GEN037: .* are never closed$");
        Converter.Convert(Repeat("a <!-- c --> `x` ", 1_000)).Issues.ShouldBeEmpty();
    }

    [Fact]
    public void More_than_a_hundred_web_addresses_in_one_paragraph_are_refused() =>
        Error(Repeat("https://a.b/c ", 1_000)).ShouldBe("p.md:1:1401: error GEN037: more than 100 web addresses (https://…, www.…) in this paragraph");

    [Fact]
    public void Fifty_thousand_open_brackets_are_too_deep_at_the_one_past_the_limit() =>
        Error(new string('[', 50_000) + "x").ShouldBe("p.md:1:101: error GEN025: brackets ([) left open are nested 101 levels deep here; the limit is 100");

    [Fact]
    public void More_than_five_thousand_links_in_a_body_are_refused() =>
        Error(Repeat("[a](/b)\n\n", 6_000)).ShouldBe("p.md:10001:3: error GEN037: more than 5,000 links and images in this body");
}
