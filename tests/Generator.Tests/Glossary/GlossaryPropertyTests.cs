using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using FsCheck;
using FsCheck.Fluent;
using Generator.Content;
using Generator.Glossary;

namespace Generator.Tests.Glossary;

/// <summary>Properties of linking over random Markdown and random glossaries.</summary>
public class GlossaryPropertyTests
{
    private const int Runs = 300;

    private static readonly string[] Phrases =
    [
        "AI", "AI agent", "AI agents", "GPU", "GPUs", "gpu", "MCP", "MCPX", "open-weight model", "Open-Weight Model", "AIR",
        "said", "model", "agent", "the", "a", "and", "大语言模型", "我们使用", "機械学習", "batch", "batches", "Transformer",
    ];

    private static readonly string[] Syntax =
    [
        " ", " ", " ", ", ", ". ", "(", ")", "'s", "\n", "\n\n", "**", "*", "_", "`", "[", "](/x)", "](/glossary/gpu/)", "![",
        "# ", "## ", "\n```\n", "\n    ", "> ", "- ", "| ", " |", "&amp;", "<span>AI</span>", "<a href=\"/x\">GPU</a>",
        "<br>", "https://example.com/AI ", "\\*",
    ];

    private static readonly string[] TermTexts =
        ["AI", "AI agent", "GPU", "MCP", "open-weight model", "model", "agent", "大语言模型", "機械学習", "batch", "Transformer", "the AI"];

    private static Gen<string> Markdown() =>
        Gen.ListOf(Gen.Frequency(
                (4, Gen.Elements(Phrases).Select(p => p + " ")),
                (1, Gen.Elements(Phrases)), // glued to what follows: "MCP" + "X", "AI" + "**"
                (3, Gen.Elements(Syntax))))
            .Select(string.Concat);

    private static Gen<GlossaryTerm[]> Glossaries() =>
        Gen.SubListOf(TermTexts).SelectMany(texts => Gen.ArrayOf(Gen.Elements<bool?>(null, true, false), texts.Count).Select(cases =>
            texts.Select((t, i) => TestGlossary.Term("t" + i, t, $"Short {i}.", caseSensitive: cases[i])).ToArray()));

    private static void Check(Func<GlossaryTerm[], string, bool> property) =>
        Prop.ForAll(Glossaries().ToArbitrary(), Markdown().ToArbitrary(), property)
            .Check(Config.QuickThrowOnFailure.WithMaxTest(Runs));

    private static (IDocument Linked, IDocument Plain, GlossaryLinkSession Session) Render(GlossaryTerm[] terms, string markdown)
    {
        var converter = TestGlossary.Converter(GlossaryIndex.Build(terms, new DiagnosticBag()));
        var session = new GlossaryLinkSession();
        var parser = new HtmlParser();
        return (parser.ParseDocument(TestGlossary.Render(converter, markdown, session)),
            parser.ParseDocument(TestGlossary.Render(converter, markdown, null)), session);
    }

    private static IEnumerable<IElement> GlossaryLinks(IDocument document) => document.QuerySelectorAll("a.glossary-term");

    [Fact]
    public void Linking_never_changes_the_text_of_a_document() => Check((terms, markdown) =>
    {
        var (linked, plain, _) = Render(terms, markdown);
        return linked.Body!.TextContent == plain.Body!.TextContent;
    });

    [Fact]
    public void Linking_only_wraps_text_in_links_and_changes_nothing_else() => Check((terms, markdown) =>
    {
        var (linked, plain, _) = Render(terms, markdown);
        foreach (var link in GlossaryLinks(linked).ToList()) link.Replace([.. link.ChildNodes]);
        linked.Body!.Normalize();
        plain.Body!.Normalize();
        return linked.Body.InnerHtml == plain.Body.InnerHtml;
    });

    [Fact]
    public void Glossary_link_is_never_inside_code_a_link_or_a_heading() => Check((terms, markdown) =>
    {
        var (linked, _, _) = Render(terms, markdown);
        return GlossaryLinks(linked).All(link => link.ParentElement?.Closest("a, code, pre, h1, h2, h3, h4, h5, h6") is null
            && link.QuerySelector("a") is null);
    });

    [Fact]
    public void Each_term_is_linked_at_most_once_per_article() => Check((terms, markdown) =>
    {
        var (linked, _, session) = Render(terms, markdown);
        var hrefs = GlossaryLinks(linked).Select(a => a.GetAttribute("href")).ToList();
        return hrefs.Count == hrefs.Distinct().Count()
            && hrefs.All(h => session.LinkedTermSlugs.Any(slug => h == $"/glossary/{slug}/"));
    });

    [Fact]
    public void Random_articles_do_get_links_so_the_properties_are_not_vacuous()
    {
        var samples = Gen.Zip(Glossaries(), Markdown()).Sample(size: 30, numberOfSamples: 100);
        samples.Length.ShouldBe(100);
        samples.Count(s => GlossaryLinks(Render(s.Item1, s.Item2).Linked).Any()).ShouldBeGreaterThan(50);
    }
}
