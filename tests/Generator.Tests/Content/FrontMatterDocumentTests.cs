using Generator.Content;

namespace Generator.Tests.Content;

public class FrontMatterDocumentTests
{
    private static (FrontMatterDocument? Doc, DiagnosticBag Diagnostics) Parse(string text)
    {
        var diagnostics = new DiagnosticBag();
        return (FrontMatterDocument.Parse(new SourceFile("content/posts/x.md", text), diagnostics), diagnostics);
    }

    [Fact]
    public void Body_starts_after_the_closing_delimiter_and_knows_its_file_line()
    {
        var (doc, diagnostics) = Parse("---\ntitle: A\ndate: 2026-04-01\n---\nHello\n");
        diagnostics.All.ShouldBeEmpty();
        doc!.Body.ShouldBe("Hello\n");
        doc.BodyLine.ShouldBe(5);
    }

    [Fact]
    public void File_without_front_matter_is_all_body()
    {
        var (doc, _) = Parse("Just text\n");
        doc!.HasFrontMatter.ShouldBeFalse();
        doc.Body.ShouldBe("Just text\n");
    }

    [Fact]
    public void Malformed_yaml_is_reported_at_its_line_in_the_file()
    {
        var (doc, diagnostics) = Parse("---\ntitle: A\ntags: [a, b\nauthor: x\n---\nbody");
        doc.ShouldBeNull();
        var error = diagnostics.All.ShouldHaveSingleItem();
        error.Code.ShouldBe(DiagnosticCodes.MalformedYaml);
        error.At.Path.ShouldBe("content/posts/x.md");
        error.At.Line.ShouldBeInRange(3, 4); // the flow sequence opened on line 3 is found unclosed on line 4
        error.ToString().ShouldStartWith($"content/posts/x.md:{error.At.Line}:");
        error.ToString().ShouldContain(": error GEN003: malformed YAML");
    }

    [Fact]
    public void Tab_indenting_a_list_entry_is_reported_at_its_own_line_with_a_hint()
    {
        // Lines 2-11 are fine; line 12 indents 'url' with a tab. YamlDotNet alone places this at line 2.
        var (doc, diagnostics) = Parse("---\ntitle: A\ndate: 2026-04-01\nauthor: x\nsummary: s\nsources:\n  - title: a\n"
            + "    url: https://a.test/\n  - title: b\n    url: https://b.test/\n  - title: c\n\turl: https://c.test/\n---\n");
        doc.ShouldBeNull();
        diagnostics.All.ShouldHaveSingleItem().ToString().ShouldBe(
            "content/posts/x.md:12:1: error GEN003: malformed YAML: a tab in the indentation; YAML indents with spaces only, so use spaces instead of the tab");
    }

    [Fact]
    public void Tab_before_a_list_dash_is_reported_at_its_line_not_the_first_line()
    {
        var (_, diagnostics) = Parse("---\ntitle: A\ndate: 2026-04-01\ntags:\n\t- a\n---\n");
        diagnostics.All.ShouldHaveSingleItem().At.ShouldBe(new SourceLocation("content/posts/x.md", 5, 1));
    }

    [Fact]
    public void Unquoted_colon_in_a_value_suggests_quoting_it()
    {
        var (_, diagnostics) = Parse("---\ntitle: ok\ndate: 2026-04-01\nsummary: Kimi: the \"open\" model\n---\n");
        diagnostics.All.ShouldHaveSingleItem().ToString().ShouldBe(
            "content/posts/x.md:4:14: error GEN003: malformed YAML: the value of 'summary' contains ': ', which YAML reads as another key; "
            + "quote the value: summary: \"Kimi: the \\\"open\\\" model\"");
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("'")]
    public void Unclosed_quote_is_reported_where_it_opens(string quote)
    {
        var (_, diagnostics) = Parse($"---\ntitle: {quote}Unclosed\ndate: 2026-04-01\nauthor: x\n---\nBody\n");
        diagnostics.All.ShouldHaveSingleItem().ToString().ShouldBe(
            $"content/posts/x.md:2:8: error GEN003: malformed YAML: the value starting with {quote} here has no closing {quote}; end it with {quote} on the same line");
    }

    [Theory]
    [InlineData("title: \"a \\uD800 b\"", 2, 11, "'\\uD800' is the first half of a UTF-16 surrogate pair without its other half")]
    [InlineData("title: \"x\\uDC00\"", 2, 10, "'\\uDC00' is the second half of a UTF-16 surrogate pair without its other half")]
    [InlineData("title: \"\\uD83D\\u0041\"", 2, 9, "'\\uD83D' is the first half")] // YamlDotNet throws ArgumentOutOfRangeException here
    [InlineData("title: \"\\U0000DFFF\"", 2, 9, "'\\U0000DFFF' is the second half")]
    [InlineData("title: ok\nsummary: \"one line,\n  and \\uDBFF on the next\"", 4, 7, "'\\uDBFF' is the first half")]
    [InlineData("title: \"C:\\qfolder\"", 2, 11, "'\\q' is not an escape YAML knows")]
    [InlineData("title: \"\\xZZ\"", 2, 9, "'\\x' must be followed by 2 hex digits")]
    [InlineData("title: \"\\U00110000\"", 2, 9, "'\\U00110000' is past the last Unicode character, U+10FFFF")]
    public void A_double_quoted_value_with_an_escape_yaml_cannot_read_is_reported_at_the_escape(string yaml, int line, int column, string message)
    {
        var (doc, diagnostics) = Parse($"---\n{yaml}\ndate: 2026-04-01\n---\nBody\n");
        doc.ShouldBeNull();
        var error = diagnostics.All.ShouldHaveSingleItem();
        error.Code.ShouldBe(DiagnosticCodes.MalformedYaml);
        error.At.ShouldBe(new SourceLocation("content/posts/x.md", line, column));
        error.Message.ShouldContain(message);
        error.Message.ShouldNotContain("no closing");
    }

    [Theory]
    [InlineData("\\uD83D\\uDE00", "\U0001F600")] // a pair of escapes, as JSON writes it, is one character
    [InlineData("\\U0001F600", "\U0001F600")]
    [InlineData("tab\\there", "tab\there")]
    [InlineData("\\x41\\u00e9", "Aé")]
    public void Escapes_yaml_can_read_are_read(string escaped, string value)
    {
        var (doc, diagnostics) = Parse($"---\ntitle: \"{escaped}\"\n---\n");
        diagnostics.All.ShouldBeEmpty();
        doc!.Yaml!.Children.Values.Single().ToString().ShouldBe(value);
    }

    [Fact]
    public void Unclosed_front_matter_is_an_error()
    {
        var (doc, diagnostics) = Parse("---\ntitle: A\n");
        doc.ShouldBeNull();
        diagnostics.All.ShouldHaveSingleItem().Code.ShouldBe(DiagnosticCodes.UnclosedFrontMatter);
    }

    [Fact]
    public void Yaml_key_positions_map_to_file_lines()
    {
        var (doc, _) = Parse("---\ntitle: A\ndate: 2026-04-01\n---\n");
        var dateKey = doc!.Yaml!.Children.Keys.ElementAt(1);
        doc.At(dateKey).ShouldBe(new SourceLocation("content/posts/x.md", 3, 1));
    }
}
