using Generator.Content;
using Generator.Glossary;
using Generator.Markdown;
using Generator.Site;

namespace Generator.Tests.Glossary;

/// <summary>The glossary the spec examples use (GlossarySpecs.md lists it), and a converter wired to it.</summary>
internal static class TestGlossary
{
    public static readonly IReadOnlyList<GlossaryTerm> SpecTerms =
    [
        Term("ai", "AI", "Machines doing \"smart\" things & more."),
        Term("ai-agent", "AI agent", "An AI that acts.", aliases: ["agentic AI"]),
        Term("gpu", "GPU", "A parallel chip.", aliases: ["graphics processing unit"]),
        Term("mcp", "Model Context Protocol", "A tool protocol.", aliases: ["MCP"]),
        Term("aws", "AWS", "Amazon's cloud."),
        Term("open-weight-model", "open-weight model", "A model with public weights."),
        Term("llm-zh", "大语言模型", "Large language model."),
        Term("ml-ja", "機械学習", "Machine learning."),
        Term("transformer", "Transformer", "A network architecture.", caseSensitive: true),
        Term("tpu", "TPU", "Google's AI chip.", caseSensitive: false),
        Term("batch", "batch", "A group of inputs."),
    ];

    public static GlossaryTerm Term(string slug, string term, string shortText, string[]? aliases = null, bool? caseSensitive = null,
        string body = "") =>
        new($"content/glossary/{slug}.md", 2, slug, term, aliases ?? [], shortText, caseSensitive, body, 6);

    public static GlossaryIndex Index(IReadOnlyList<GlossaryTerm> terms)
    {
        var diagnostics = new DiagnosticBag();
        var index = GlossaryIndex.Build(terms, diagnostics);
        diagnostics.All.ShouldBeEmpty();
        return index;
    }

    public static MarkdownConverter Converter(GlossaryIndex index) =>
        new("/", index.Extensions(new SiteUrls(new Uri("https://example.org/"))));

    /// <summary>Renders one Markdown text as an article with its own session (pass null to render without linking).</summary>
    public static string Render(MarkdownConverter converter, string markdown, GlossaryLinkSession? session) =>
        converter.Convert(markdown, session?.ToContext()).Html;
}
