using Generator.Rendering;

namespace Generator.Tests.Rendering;

public class TemplateSetTests
{
    [Fact]
    public void Parser_error_position_is_taken_from_handlebars()
    {
        var (line, column, message) = TemplateSet.Locate("a\nb\n{{foo bar}", "Reached unparseable token in expression: \n\nOccured at: 3:10");
        (line, column).ShouldBe((3, 10));
        message.ShouldBe("Reached unparseable token in expression");
    }

    [Fact]
    public void Stray_closing_block_points_at_the_closing_tag()
    {
        var (line, column, _) = TemplateSet.Locate("<p>\n  {{/if}}\n", "A closing element '/if' was found without a matching open element");
        (line, column).ShouldBe((2, 3));
    }

    [Fact]
    public void Unclosed_block_points_at_the_last_opening_tag()
    {
        var (line, column, _) = TemplateSet.Locate("{{#if a}}{{/if}}\n{{#if b}}\n", "Reached end of template before block expression 'if' was closed");
        (line, column).ShouldBe((2, 1));
    }
}
