using Generator.Content;

namespace Generator.Tests.Content;

public class DidYouMeanTests
{
    [Theory]
    [InlineData("tittle", "title")]
    [InlineData("summmary", "summary")]
    [InlineData("maya-chn", "maya-chen")]
    public void Close_misspelling_gets_a_suggestion(string input, string expected) =>
        DidYouMean.Suggest(input, ["title", "summary", "maya-chen", "date"]).ShouldBe(expected);

    [Fact]
    public void Unrelated_word_gets_no_suggestion() =>
        DidYouMean.Suggest("banana", ["title", "date"]).ShouldBeNull();
}
