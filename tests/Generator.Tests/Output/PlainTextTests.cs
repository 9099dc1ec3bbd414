using Generator.Output;

namespace Generator.Tests.Output;

public class PlainTextTests
{
    [Fact]
    public void Blocks_are_separated_and_whitespace_collapsed() =>
        PlainText.Excerpt("<h2>Title</h2>\n<p>One\n  two.</p><ul><li>Three</li><li>four</li></ul>", 300).ShouldBe("Title One two. Three four");

    [Fact]
    public void Text_without_spaces_is_cut_at_the_limit() =>
        PlainText.Excerpt("<p>" + new string('字', 400) + "</p>", 300).ShouldBe(new string('字', 299) + "…");

    [Fact]
    public void A_cut_never_splits_a_surrogate_pair()
    {
        var excerpt = PlainText.Excerpt("<p>" + string.Concat(Enumerable.Repeat("😀", 200)) + "</p>", 300);
        excerpt.Length.ShouldBeLessThanOrEqualTo(300);
        char.IsHighSurrogate(excerpt[^2]).ShouldBeFalse();
    }
}
