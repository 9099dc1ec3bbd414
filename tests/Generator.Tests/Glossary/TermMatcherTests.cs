using Generator.Glossary;
using static Generator.Tests.Glossary.TestGlossary;

namespace Generator.Tests.Glossary;

public class TermMatcherTests
{
    private static TermMatcher Matcher(params Generator.Content.GlossaryTerm[] terms) =>
        TermMatcher.Build(terms.SelectMany(TermForm.Of));

    private static List<string> Found(TermMatcher matcher, string text) =>
        matcher.Find(text).Select(m => $"{text.Substring(m.Start, m.Length)}→{m.Form.Term.Slug}").ToList();

    [Fact]
    public void Longest_form_wins_over_a_shorter_one_at_the_same_place()
    {
        var matcher = Matcher(Term("ai", "AI", "s"), Term("ai-agent", "AI agent", "s"));
        Found(matcher, "An AI agent and AI").ShouldBe(["AI agent→ai-agent", "AI→ai"]);
    }

    [Fact]
    public void Overlapping_matches_keep_the_leftmost()
    {
        var matcher = Matcher(Term("a", "large language", "s"), Term("b", "language model", "s"));
        Found(matcher, "a large language model").ShouldBe(["large language→a"]);
    }

    [Fact]
    public void Forms_sharing_a_suffix_are_all_found()
    {
        // "model" ends inside "open-weight model"; the automaton's output links must report both.
        var matcher = Matcher(Term("m", "model", "s"), Term("owm", "open-weight model", "s"), Term("w", "weight", "s"));
        Found(matcher, "an open-weight model, a model and a weight").ShouldBe(["open-weight model→owm", "model→m", "weight→w"]);
    }

    [Fact]
    public void Characters_around_the_text_decide_whole_words_at_its_edges()
    {
        var matcher = Matcher(Term("mcp", "MCP", "s"));
        matcher.Find("MCP", after: 'X').ShouldBeEmpty();
        matcher.Find("MCP", before: 'x').ShouldBeEmpty();
        matcher.Find("MCP", before: ' ', after: '*').Count.ShouldBe(1);
        matcher.Find("MCP", before: '用', after: '的').Count.ShouldBe(1);
    }

    [Fact]
    public void Matcher_with_two_thousand_terms_finds_what_the_twenty_term_matcher_finds()
    {
        var few = SpecTerms.ToArray();
        var many = few.Concat(Enumerable.Range(0, 2000).Select(i => Term($"filler-{i}", $"filler term {i}", "s"))).ToArray();
        const string text = "An AI agent runs on GPUs; the open-weight model speaks MCP. 我们使用大语言模型。 filler";
        Found(Matcher(many), text).ShouldBe(Found(Matcher(few), text));
        Found(Matcher(many), "see filler term 1999 and filler term 7").ShouldBe(["filler term 1999→filler-1999", "filler term 7→filler-7"]);
    }

    [Fact]
    public void Folding_keeps_every_position_so_matches_index_the_original_text()
    {
        const string text = "İstanbul’s AI\u00a0agent";
        MatchText.FoldAll(text).Length.ShouldBe(text.Length);
        var match = Matcher(Term("ai-agent", "AI agent", "s")).Find(text).ShouldHaveSingleItem();
        text.Substring(match.Start, match.Length).ShouldBe("AI\u00a0agent");
    }

    [Fact]
    public void Empty_glossary_finds_nothing() => TermMatcher.Build([]).Find("anything at all").ShouldBeEmpty();
}
