using Generator.Content;

namespace Generator.Tests.Content;

public class GlossaryReaderTests
{
    private static (GlossaryTerm? Term, List<string> Diagnostics) Read(string text)
    {
        var diagnostics = new DiagnosticBag();
        var document = FrontMatterDocument.Parse(new SourceFile("content/glossary/gpu.md", text), diagnostics);
        var term = document is null ? null : GlossaryReader.Read(document, diagnostics);
        return (term, diagnostics.All.Select(d => d.ToString()).ToList());
    }

    [Fact]
    public void Glossary_file_without_front_matter_is_an_error()
    {
        var (term, diagnostics) = Read("A GPU is a chip.\n");
        term.ShouldBeNull();
        diagnostics.ShouldBe(["content/glossary/gpu.md:1:1: error GEN017: glossary file has no front matter: "
            + "start it with '---', then term and short, then '---'"]);
    }

    [Fact]
    public void Glossary_term_with_an_empty_short_is_an_error()
    {
        var (term, diagnostics) = Read("---\nterm: GPU\nshort: \"\"\n---\nBody.\n");
        term.ShouldBeNull();
        diagnostics.ShouldBe(["content/glossary/gpu.md:3:8: error GEN019: 'short' must be a one-sentence definition, not empty"]);
    }

    [Fact]
    public void Glossary_term_records_the_line_of_its_term_and_of_each_alias()
    {
        var (term, diagnostics) = Read("---\nshort: A chip.\nterm: GPU\naliases:\n  - GPUs\n  - graphics processing unit\n---\n");
        diagnostics.ShouldBeEmpty();
        term!.Line.ShouldBe(3);
        term.Aliases.ShouldBe(["GPUs", "graphics processing unit"]);
        term.AliasLines.ShouldBe([5, 6]);
    }
}
