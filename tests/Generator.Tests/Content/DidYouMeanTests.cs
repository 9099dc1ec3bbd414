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

    [Theory]
    [InlineData("priya", "priya-raman")]
    [InlineData("raman", "priya-raman")]
    [InlineData("tech", "tech-frontline")]
    public void An_id_typed_as_one_of_its_words_gets_a_suggestion(string input, string expected) =>
        DidYouMean.Suggest(input, ["maya-chen", "priya-raman", "tech-frontline", "policy-law"]).ShouldBe(expected);

    [Fact]
    public void A_word_that_fits_two_ids_gets_no_suggestion() =>
        DidYouMean.Suggest("chen", ["maya-chen", "wei-chen"]).ShouldBeNull();
}
