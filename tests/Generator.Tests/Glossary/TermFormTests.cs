using Generator.Glossary;
using static Generator.Tests.Glossary.TestGlossary;

namespace Generator.Tests.Glossary;

public class TermFormTests
{
    [Theory]
    [InlineData("GPU", "GPUs")]
    [InlineData("AI agent", "AI agents")]
    [InlineData("open-weight model", "open-weight models")]
    [InlineData("batch", "batches")]
    [InlineData("bus", "buses")]
    [InlineData("box", "boxes")]
    [InlineData("crash", "crashes")]
    [InlineData("AWS", null)]
    [InlineData("大语言模型", null)]
    [InlineData("GPT-5", null)]
    public void Plural_is_the_simple_English_plural_of_the_last_word(string form, string? plural) =>
        MatchText.Plural(form).ShouldBe(plural);

    [Fact]
    public void Term_in_capitals_is_case_sensitive_and_so_is_its_plural()
    {
        var forms = TermForm.Of(Term("gpu", "GPU", "s"));
        forms.Select(f => (f.Text, f.CaseSensitive)).ShouldBe([("GPU", true), ("GPUs", true)]);
    }

    [Fact]
    public void Each_alias_decides_its_own_case()
    {
        var forms = TermForm.Of(Term("mcp", "Model Context Protocol", "s", aliases: ["MCP"]));
        forms.Single(f => f.Text == "Model Context Protocol").CaseSensitive.ShouldBeFalse();
        forms.Single(f => f.Text == "MCP").CaseSensitive.ShouldBeTrue();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Case_sensitive_in_front_matter_overrides_every_form(bool caseSensitive)
    {
        var forms = TermForm.Of(Term("mcp", "Model Context Protocol", "s", aliases: ["MCP"], caseSensitive: caseSensitive));
        forms.ShouldAllBe(f => f.CaseSensitive == caseSensitive);
    }

    [Fact]
    public void Alias_repeating_the_plural_is_kept_once()
    {
        var forms = TermForm.Of(Term("gpu", "GPU", "s", aliases: ["GPUs"]));
        forms.Count(f => f.Text == "GPUs").ShouldBe(1);
        forms.Single(f => f.Text == "GPUs").Kind.ShouldBe(FormKind.Alias);
    }

    [Fact]
    public void Spaces_in_a_form_are_collapsed_like_spaces_in_prose() =>
        TermForm.Of(Term("a", "  AI \t agent ", "s"))[0].Text.ShouldBe("AI agent");

    [Theory]
    [InlineData("GPU", true)]
    [InlineData("GPT-5", true)]
    [InlineData("GPUs", true)]
    [InlineData("LLMs", true)]
    [InlineData("AI agent", false)]
    [InlineData("Claude", false)]
    [InlineData("Ts", false)]
    [InlineData("大语言模型", false)]
    public void Capitals_or_their_plural_mean_case_sensitive(string form, bool capitals) =>
        MatchText.IsAllCapitals(form).ShouldBe(capitals);
}
