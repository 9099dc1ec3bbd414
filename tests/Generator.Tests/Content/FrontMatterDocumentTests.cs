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
