using System.Text;
using Generator.Markdown;

namespace Generator.Tests.Markdown;

/// <summary>What real articles hold is far below every limit of <see cref="MarkdownLimits"/>, however it is laid out:
/// the pre-scans leave code out and never count what Markdig would not.</summary>
public class RealMarkdownWithinLimitsTests
{
    private static readonly MarkdownConverter Converter = new("/");

    private static string Repeat(string text, int times) => new StringBuilder(text.Length * times).Insert(0, text, times).ToString();

    [Fact]
    public void Code_blocks_and_code_spans_may_hold_any_number_of_marks()
    {
        var code = "```c\n" + Repeat("int *p = a[i] * b_c[j]; /* ** ~~ `x` */\n", 2_000) + "```\n";
        var spans = Repeat("Set `max_file_size_mb` and `**not bold**` or `[[[` here. ", 300);
        var rendered = Converter.Convert(code + "\n" + spans);
        rendered.Issues.ShouldBeEmpty();
        rendered.Html.ShouldContain("<code>max_file_size_mb</code>");
    }

    [Fact]
    public void Snake_case_words_long_urls_and_text_after_a_link_without_spaces_are_fine()
    {
        var cjk = "[链接](https://example.com/a_(b)_c)" + Repeat("后面是很长的中文段落", 1_000);
        var url = "[long](https://example.com/?" + Repeat("q=1&", 400) + ")";
        Converter.Convert(Repeat("snake_case_word ", 2_000) + "\n\n" + cjk + "\n\n" + url).Issues.ShouldBeEmpty();
    }

    [Fact]
    public void A_table_of_a_hundred_columns_and_a_hundred_rows_converts()
    {
        // 99 lines of 101 '|': just under the 10,000 separators a table may have.
        var table = "|" + Repeat(" h |", 100) + "\n|" + Repeat("---|", 100) + "\n" + Repeat("|" + Repeat(" 1 |", 100) + "\n", 97);
        var rendered = Converter.Convert(table);
        rendered.Issues.ShouldBeEmpty();
        rendered.Html.Split("<td").Length.ShouldBe(97 * 100 + 1);
    }

    [Fact]
    public void A_long_article_with_tables_lists_links_and_emphasis_converts()
    {
        var section = "## Section\n\nSome **bold**, *em*, ~~gone~~ and [a link](https://example.com/x) in a paragraph.[^n]\n\n" +
            "- item with `code`\n  - nested item\n    1. deeper\n\n> a quote\n\n| Model | Score | Note |\n|---|---:|---|\n" +
            Repeat("| **GPT** | 1.0 | [src](https://example.com/s) |\n", 60) + "\n";
        var body = string.Concat(Enumerable.Range(0, 40).Select(i => section.Replace("[^n]", $"[^{i}]"))) +
            string.Concat(Enumerable.Range(0, 40).Select(i => $"[^{i}]: Note {i}.\n"));
        var rendered = Converter.Convert(body);
        rendered.Issues.ShouldBeEmpty();
        rendered.Headings.Count.ShouldBe(40);
        rendered.Headings[^1].Id.ShouldBe("section-39");
    }
}
