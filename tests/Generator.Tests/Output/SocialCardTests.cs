using Generator.Output;
using SkiaSharp;

namespace Generator.Tests.Output;

public class SocialCardTests
{
    private static float Monospace(string text) => text.Length * 10f;

    [Fact]
    public void Headline_wraps_at_spaces_within_the_width()
    {
        var wrapped = LineBreaker.Wrap("Amazon doubles down on Anthropic", 4, 120, Monospace);
        wrapped.Fits.ShouldBeTrue();
        wrapped.Lines.ShouldBe(["Amazon", "doubles down", "on Anthropic"]);
    }

    [Fact]
    public void Cjk_headline_breaks_between_characters()
    {
        var wrapped = LineBreaker.Wrap("亚马逊加倍押注人工智能公司", 4, 50, Monospace);
        wrapped.Lines.ShouldAllBe(l => l.Length <= 5);
        string.Concat(wrapped.Lines).ShouldBe("亚马逊加倍押注人工智能公司");
    }

    [Fact]
    public void Text_that_does_not_fit_ends_in_an_ellipsis()
    {
        var wrapped = LineBreaker.Wrap("one two three four five six seven", 2, 100, Monospace);
        wrapped.Fits.ShouldBeFalse();
        wrapped.Lines.Count.ShouldBe(2);
        wrapped.Lines[^1].ShouldEndWith("…");
        wrapped.Lines.ShouldAllBe(l => Monospace(l) <= 100);
    }

    [Fact]
    public void A_word_longer_than_a_line_is_cut()
    {
        LineBreaker.Wrap("Supercalifragilistic", 5, 60, Monospace).Lines.ShouldAllBe(l => Monospace(l) <= 60);
    }

    [Fact]
    public void Card_is_a_1200_by_630_png_that_draws_text_with_the_shipped_font()
    {
        using var fonts = CardFonts.Load(null);
        var png = SocialCardPainter.Paint(new CardText("Signal & Noise", "Tech Frontline", "A headline", "21 April 2026"),
            ThemeColours.Default, fonts);
        using var bitmap = SKBitmap.Decode(png);
        (bitmap.Width, bitmap.Height).ShouldBe((1200, 630));
        // Text was drawn: the headline area holds pixels of the text colour, not only the background.
        var dark = 0;
        for (var x = 80; x < 600; x += 2)
            for (var y = 190; y < 300; y += 2)
                if (bitmap.GetPixel(x, y).Red < 80) dark++;
        dark.ShouldBeGreaterThan(100);
    }

    [Fact]
    public void Cjk_text_uses_a_font_found_on_the_machine_when_there_is_one()
    {
        var file = CardFonts.FindCjkFile();
        if (file is null) return; // no CJK font here; the build warns instead (covered by the whole-site warning test)
        using var fonts = CardFonts.Load(file);
        var png = SocialCardPainter.Paint(new CardText("S", null, "亚马逊加倍押注", "2026"), ThemeColours.Default, fonts);
        using var bitmap = SKBitmap.Decode(png);
        var dark = 0;
        for (var x = 80; x < 600; x += 2)
            for (var y = 190; y < 300; y += 2)
                if (bitmap.GetPixel(x, y).Red < 80) dark++;
        dark.ShouldBeGreaterThan(100);
    }

    [Fact]
    public void Theme_colours_are_read_from_the_stylesheet()
    {
        var root = Path.Combine(Path.GetTempPath(), "gen-colours-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(Path.Combine(root, "templates", "assets"));
        try
        {
            File.WriteAllText(Path.Combine(root, "templates", "assets", "site.css"), ":root { --bg: #fafafa; --accent: #c00; }");
            var colours = ThemeColours.Read(root);
            colours.Background.ShouldBe("#fafafa");
            colours.Accent.ShouldBe("#c00");
            colours.Text.ShouldBe(ThemeColours.Default.Text);
        }
        finally { Directory.Delete(root, true); }
    }
}
