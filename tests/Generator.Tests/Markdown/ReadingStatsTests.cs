using Generator.Markdown;

namespace Generator.Tests.Markdown;

public class ReadingStatsTests
{
    private static ReadingStats Stats(string markdown) => new MarkdownConverter("/").Convert(markdown).Stats;

    [Fact]
    public void Words_are_counted_from_text_not_markup()
    {
        var stats = Stats("Amazon's **big** [deal](https://example.com/a-very-long-url) is — arguably — circular.");
        stats.Words.ShouldBe(6);
    }

    [Fact]
    public void Reading_time_is_230_words_a_minute_and_at_least_one()
    {
        Stats("one two").Minutes.ShouldBe(1);
        Stats(string.Join(' ', Enumerable.Repeat("word", 230 * 4))).Minutes.ShouldBe(4);
    }

    [Fact]
    public void Cjk_text_is_counted_by_characters_at_500_a_minute()
    {
        var stats = Stats(new string('智', 1500));
        stats.CjkCharacters.ShouldBe(1500);
        stats.Minutes.ShouldBe(3);
    }
}
