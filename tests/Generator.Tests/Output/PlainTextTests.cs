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

    [Fact]
    public void A_long_post_gives_the_same_excerpt_as_its_first_paragraphs()
    {
        var paragraph = "<p>The <a class=\"glossary-term\" href=\"/g/\" data-short=\"" + new string('x', 200) + "\">AI agent</a> plans &amp; acts.</p>\n";
        var longPost = string.Concat(Enumerable.Repeat(paragraph, 400));
        var firstParagraphs = string.Concat(Enumerable.Repeat(paragraph, 20));
        PlainText.Excerpt(longPost, 300).ShouldBe(PlainText.Excerpt(firstParagraphs, 300));
        PlainText.Excerpt(longPost, 300).ShouldStartWith("The AI agent plans & acts. The AI agent");
    }

    [Fact]
    public void A_post_whose_start_is_mostly_markup_is_read_further()
    {
        var markup = string.Concat(Enumerable.Repeat("<div class=\"spacer\"></div>", 400));
        PlainText.Excerpt(markup + "<p>Finally some text.</p>", 300).ShouldBe("Finally some text.");
    }
}
