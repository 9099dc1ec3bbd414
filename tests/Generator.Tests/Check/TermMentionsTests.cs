using Generator.Check;
using Generator.Content;

namespace Generator.Tests.Check;

public class TermMentionsTests
{
    private static GlossaryTerm Term(string term, params string[] aliases) =>
        new($"content/glossary/{Slug.From(term)}.md", 2, Slug.From(term), term, aliases, "Short.", null, "", 5);

    private static readonly TermMentions Mentions = new([Term("AI agent"), Term("GPU"), Term("Model Context Protocol", "MCP")]);

    [Fact]
    public void Mentions_follow_the_linker_rules_plurals_case_and_longest_match()
    {
        var found = Mentions.In("<p>Two AI agents share GPUs over the MCP.</p>");
        found.Select(f => (f.Term.Term, f.Spelling)).ShouldBe([("AI agent", "AI agents"), ("GPU", "GPUs"), ("Model Context Protocol", "MCP")]);
    }

    [Fact]
    public void Words_in_links_code_and_headings_or_in_other_case_are_not_mentions() =>
        Mentions.In("<h2>GPU</h2><p><a href=\"/g\">GPU</a> <code>MCP</code> a gpu, MCPX</p>").ShouldBeEmpty();
}
