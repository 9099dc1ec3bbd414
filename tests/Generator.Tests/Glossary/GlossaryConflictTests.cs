using Generator.Content;
using Generator.Glossary;
using static Generator.Tests.Glossary.TestGlossary;

namespace Generator.Tests.Glossary;

public class GlossaryConflictTests
{
    private static List<string> Errors(params GlossaryTerm[] terms)
    {
        var diagnostics = new DiagnosticBag();
        GlossaryIndex.Build(terms, diagnostics);
        return diagnostics.All.Select(d => d.ToString()).ToList();
    }

    [Fact]
    public void Two_files_claiming_one_alias_are_an_error_in_both_naming_the_other()
    {
        var protocol = Term("mcp", "Model Context Protocol", "s", aliases: ["MCP"]) with { Line = 2 };
        protocol = protocol with { AliasLines = [3] };
        var server = Term("mcp-server", "MCP", "s") with { Line = 2 };
        Errors(protocol, server).ShouldBe([
            "content/glossary/mcp-server.md:2:1: error GEN018: term 'MCP' is also claimed by content/glossary/mcp.md:3 "
            + "(alias 'MCP' of term 'Model Context Protocol'); a term or alias may belong to one glossary file only",
            "content/glossary/mcp.md:3:1: error GEN018: alias 'MCP' of term 'Model Context Protocol' is also claimed by "
            + "content/glossary/mcp-server.md:2 (term 'MCP'); a term or alias may belong to one glossary file only",
        ]);
    }

    [Fact]
    public void Case_insensitive_terms_collide_after_case_folding() =>
        Errors(Term("a", "Open-Weight Model", "s"), Term("b", "open-weight model", "s")).Count.ShouldBe(2);

    [Fact]
    public void A_case_insensitive_form_collides_with_a_case_sensitive_one_it_would_match() =>
        Errors(Term("a", "MCP", "s"), Term("b", "mcp", "s", caseSensitive: false)).Count.ShouldBe(2);

    [Fact]
    public void Case_sensitive_forms_that_differ_in_case_do_not_collide() =>
        Errors(Term("a", "NLP", "s"), Term("b", "nlp", "s", caseSensitive: true)).ShouldBeEmpty();

    [Fact]
    public void A_file_may_repeat_its_own_term_as_an_alias() =>
        Errors(Term("gpu", "GPU", "s", aliases: ["GPU", "gpu"])).ShouldBeEmpty();

    [Fact]
    public void Generated_plurals_never_collide_and_yield_to_forms_authors_wrote()
    {
        var gpu = Term("gpu", "GPU", "s");
        var fleet = Term("gpu-fleet", "GPU fleet", "s", aliases: ["GPUs"]);
        Errors(gpu, fleet).ShouldBeEmpty();
        var converter = Converter(Index([gpu, fleet]));
        Render(converter, "Many GPUs.", new GlossaryLinkSession()).ShouldContain("href=\"/glossary/gpu-fleet/\"");
    }

    [Fact]
    public void Many_files_claiming_one_term_give_one_error_each_naming_five_and_counting_the_rest()
    {
        var terms = Enumerable.Range(1, 12).Select(n => Term($"ai-{n:00}", "AI", "s") with { Line = 2 }).ToArray();

        var errors = Errors(terms);

        errors.Count.ShouldBe(12);
        errors.ShouldContain("content/glossary/ai-01.md:2:1: error GEN018: term 'AI' is also claimed by 11 other files: "
            + "content/glossary/ai-02.md:2 (term 'AI'), content/glossary/ai-03.md:2 (term 'AI'), content/glossary/ai-04.md:2 (term 'AI'), "
            + "content/glossary/ai-05.md:2 (term 'AI'), content/glossary/ai-06.md:2 (term 'AI') and 6 more; "
            + "a term or alias may belong to one glossary file only");
    }

    [Fact]
    public void Ten_thousand_files_claiming_one_term_give_one_bounded_line_each()
    {
        var terms = Enumerable.Range(1, 10_000).Select(n => Term($"ai-{n:00000}", "AI", "s")).ToArray();

        var errors = Errors(terms);

        errors.Count.ShouldBe(10_000);
        errors.ShouldAllBe(e => e.Contains("9,999 other files"));
    }
}
