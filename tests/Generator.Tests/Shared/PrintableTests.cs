using FsCheck;
using FsCheck.Fluent;
using Generator.Content;

namespace Generator.Tests.Shared;

/// <summary>Names as diagnostics and logs print them: nothing a terminal or a CI runner would act on gets through.</summary>
public class PrintableTests
{
    private static bool Acts(char c) =>
        c < ' ' || (c >= '\u007F' && c <= '\u009F') || c is '\u061C' or '\u200E' or '\u200F' or '\u2028' or '\u2029'
        || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');

    /// <summary>Names built from what attacks use, and ordinary text around it.</summary>
    private static Gen<string> Names() =>
        Gen.ListOf(Gen.OneOf(
                Gen.Elements("content/posts/", "a", "é", "人工智能", "\\", "x1B", ".md", " ", "::error file=a.md::", "\u001B]0;", "\u001B[2J",
                    "\a", "\n", "\r", "\t", "\u0085", "\u009B", "\u202E", "\u2028", "\u007F"),
                Gen.Choose(0, 0x2100).Select(i => ((char)i).ToString())))
            .Select(string.Concat);

    [Fact]
    public void Nothing_a_terminal_or_ci_runner_acts_on_survives_and_other_text_is_unchanged()
    {
        Prop.ForAll(Names().ToArbitrary(), name =>
        {
            var shown = Printable.Of(name);
            return !shown.Any(Acts) && (name.Any(Acts) || shown == name) && Keeps(shown, name.Where(c => !Acts(c)));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(500));
    }

    /// <summary>Every character that was printable is still there, in order.</summary>
    private static bool Keeps(string shown, IEnumerable<char> printable)
    {
        var at = 0;
        foreach (var c in printable)
        {
            at = shown.IndexOf(c, at);
            if (at < 0) return false;
            at++;
        }
        return true;
    }

    [Theory]
    [InlineData("content/posts/a\u001B]0;pwned\u0007b.md", "content/posts/a\\x1B]0;pwned\\x07b.md")]
    [InlineData("content/posts/c\u001B[2Jd.md", "content/posts/c\\x1B[2Jd.md")]
    [InlineData("content/posts/e\n::error file=x.md::boom.md", "content/posts/e\\n::error file=x.md::boom.md")]
    [InlineData("content/posts/\u202Egnp.md", "content/posts/\\u202Egnp.md")]
    [InlineData("content/posts/人工智能.md", "content/posts/人工智能.md")]
    public void Escape_sequences_and_line_breaks_in_names_are_shown_as_escapes(string name, string shown) =>
        Printable.Of(name).ShouldBe(shown);

    [Fact]
    public void A_message_of_several_lines_keeps_its_own_line_breaks() =>
        Printable.Lines("add it by hand:\n  - id: a\u001B[2J").ShouldBe("add it by hand:\n  - id: a\\x1B[2J");
}
