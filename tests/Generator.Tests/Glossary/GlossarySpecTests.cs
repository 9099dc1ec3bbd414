using Generator.Glossary;
using Generator.Markdown;

namespace Generator.Tests.Glossary;

/// <summary>Runs every example of GlossarySpecs.md as its own test case, as Markdig runs its spec files.</summary>
public class GlossarySpecTests
{
    private static readonly MarkdownConverter Converter = TestGlossary.Converter(TestGlossary.Index(TestGlossary.SpecTerms));

    public static string SpecPath => Path.Combine(Support.RepoRoot.Path, "tests", "Generator.Tests", "Glossary", "GlossarySpecs.md");

    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (var example in SpecFile.Read(SpecPath)) data.Add(example.Name);
        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Spec_example_renders_as_written(string name)
    {
        var example = SpecFile.Read(SpecPath).Single(e => e.Name == name);
        Render(example).ShouldBe(example.Html, $"GlossarySpecs.md line {example.Line}:\n{example.Markdown}");
    }

    [Fact]
    public void Spec_file_has_examples_for_every_rule() => SpecFile.Read(SpecPath).Count.ShouldBeGreaterThan(40);

    public static string Render(SpecExample example)
    {
        var session = example.Options.Contains("glossary=off") ? new GlossaryLinkSession(autoLink: false)
            : example.Options.FirstOrDefault(o => o.StartsWith("self=", StringComparison.Ordinal)) is { } self
                ? new GlossaryLinkSession(ownTermSlug: self["self=".Length..])
                : new GlossaryLinkSession();
        return TestGlossary.Render(Converter, example.Markdown, session);
    }
}
