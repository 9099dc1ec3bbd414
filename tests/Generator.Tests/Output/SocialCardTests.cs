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
    public void A_hundred_thousand_characters_without_a_space_are_wrapped_in_work_proportional_to_their_length()
    {
        long measured = 0;
        float Counting(string text)
        {
            measured += text.Length;
            return Monospace(text);
        }
        var headline = new string('W', 100_000);
        var wrapped = LineBreaker.Wrap(headline, 4, 1040, Counting);
        wrapped.Fits.ShouldBeFalse();
        wrapped.Lines.Count.ShouldBe(4);
        wrapped.Lines[^1].ShouldEndWith("…");
        // Every line cut from the word measures what is left of it once: a card's few lines, not the ~1,000 the word
        // would fill (cutting all of those measured 10^8 characters).
        measured.ShouldBeLessThan(20L * headline.Length);
    }

    [Fact]
    public void A_word_longer_than_a_line_is_cut()
    {
        LineBreaker.Wrap("Supercalifragilistic", 5, 60, Monospace).Lines.ShouldAllBe(l => Monospace(l) <= 60);
    }

    [Fact]
    public void Card_is_a_1200_by_630_png_that_draws_text_with_the_shipped_font()
    {
        using var fonts = CardFonts.Shipped();
        var png = Paint(fonts, new CardText("Signal & Noise", "Tech Frontline", "A headline", "21 April 2026"));
        using var bitmap = SKBitmap.Decode(png);
        (bitmap.Width, bitmap.Height).ShouldBe((1200, 630));
        // Text was drawn: the headline area holds pixels of the text colour, not only the background.
        Ink(bitmap).ShouldBeGreaterThan(100);
    }

    [Fact]
    public void Cards_are_opaque_rgb_pngs()
    {
        using var fonts = CardFonts.Shipped();
        var png = Paint(fonts, new CardText("S", null, "A headline", "2026"));
        // IHDR: bit depth 8 at byte 24, colour type 2 (RGB, no alpha channel) at byte 25.
        (png[24], png[25]).ShouldBe(((byte)8, (byte)2));
    }

    [Fact]
    public void Cards_wear_the_theme_colours_in_the_right_channels()
    {
        using var fonts = CardFonts.Shipped();
        var colours = new ThemeColours("#fafbfc", "#e1e2e3", "#111213", "#444546", "#c01020");
        using var painter = new SocialCardPainter(colours, fonts);
        using var bitmap = SKBitmap.Decode(painter.Paint(new CardText("S", null, "A headline", "2026")));
        bitmap.GetPixel(10, 300).ShouldBe(SKColor.Parse(colours.Accent));
        bitmap.GetPixel(1100, 40).ShouldBe(SKColor.Parse(colours.Background));
        bitmap.GetPixel(1100, 600).ShouldBe(SKColor.Parse(colours.Surface));
    }

    [Fact]
    public void A_painter_draws_each_card_afresh()
    {
        using var fonts = CardFonts.Shipped();
        using var painter = new SocialCardPainter(ThemeColours.Default, fonts);
        var first = painter.Paint(new CardText("S", null, "A headline", "2026"));
        painter.Paint(new CardText("S", "Policy", "Another, much longer headline that wraps over two lines", "2025"));
        painter.Paint(new CardText("S", null, "A headline", "2026")).ShouldBe(first);
    }

    [Fact]
    public void Chinese_headline_is_drawn_with_the_shipped_font_when_the_machine_has_no_cjk_font()
    {
        const string headline = "亚马逊加倍押注人工智能";
        var asked = 0;
        using var fonts = CardFonts.Load(() => { asked++; return null; });
        using (var probe = new SKFont(fonts.Cjk))
            probe.GetGlyphs(headline).ShouldAllBe(glyph => glyph != 0);
        using var withHeadline = SKBitmap.Decode(Paint(fonts, new CardText("S", null, headline, "2026年4月22日")));
        using var empty = SKBitmap.Decode(Paint(fonts, new CardText("S", null, "", "2026年4月22日")));
        // Glyphs, not gaps: the headline's first line is covered with ink where the card without a headline has none.
        Ink(empty).ShouldBe(0);
        Ink(withHeadline).ShouldBeGreaterThan(400);
        asked.ShouldBe(0, "every character is in the shipped fonts, so the machine's fonts are never looked for");
    }

    [Fact]
    public void Shipped_cjk_face_is_bold_like_the_latin_face()
    {
        using var fonts = CardFonts.Shipped();
        fonts.Cjk.FontStyle.Weight.ShouldBe((int)SKFontStyleWeight.Bold);
        fonts.Latin.FontStyle.Weight.ShouldBe((int)SKFontStyleWeight.Bold);
    }

    [Fact]
    public void Shipped_fonts_cover_printable_ascii_and_every_character_of_gb2312()
    {
        // The oracle is the GB 2312 code page itself: every Hanzi and symbol it encodes (rows 1-9 and 16-87).
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var gb2312 = System.Text.Encoding.GetEncoding(20936, System.Text.EncoderFallback.ExceptionFallback, System.Text.DecoderFallback.ReplacementFallback);
        var characters = new List<string>();
        foreach (var lead in Enumerable.Range(0xA1, 9).Concat(Enumerable.Range(0xB0, 0xF8 - 0xB0)))
            for (var trail = 0xA1; trail < 0xFF; trail++)
                if (gb2312.GetString([(byte)lead, (byte)trail]) is var c && c != "\uFFFD" && c != "?") characters.Add(c);
        characters.Count.ShouldBeGreaterThan(7400);
        using var fonts = CardFonts.Shipped();
        using var coverage = new GlyphCoverage(fonts);
        coverage.Missing(string.Concat(characters)).ShouldBeEmpty();
        var ascii = new string([.. Enumerable.Range(' ', '~' - ' ' + 1).Select(c => (char)c)]);
        GlyphCoverage.IsPlainAscii(ascii).ShouldBeTrue();
        ascii.ShouldAllBe(c => coverage.FaceFor(c) == CardFace.Latin);
    }

    [Fact]
    public void A_character_in_no_font_is_reported_missing_once()
    {
        using var fonts = CardFonts.Load(() => null);
        using var coverage = new GlyphCoverage(fonts);
        // U+20000 (CJK Extension B) and an emoji: in neither shipped font; a joiner and a variation selector draw nothing.
        coverage.Missing("GPT 模型 \U00020000 🤖\uFE0F\u200D 🤖").Select(r => r.Value).ShouldBe([0x20000, 0x1F916]);
    }

    [Fact]
    public void A_character_the_shipped_fonts_lack_is_drawn_with_a_machine_font_made_bold()
    {
        var file = CardFonts.FindCjkFile(CardFonts.UsualFolders);
        if (file is null)
        {
            // CI installs fonts-wqy-microhei (.ci/run), so there a missing font fails this test rather than skipping it.
            if (Environment.GetEnvironmentVariable("CI") == "true")
                throw new Xunit.Sdk.XunitException("no CJK font found under the usual font folders although CI=true");
            return;
        }
        using var fonts = CardFonts.Load(() => file);
        using var coverage = new GlyphCoverage(fonts);
        // Hangul is not in GB 2312, so not in the shipped subset; every CJK font the lookup accepts has it.
        coverage.FaceFor('한').ShouldBe(CardFace.System);
        coverage.FaceFor('汉').ShouldBe(CardFace.Cjk);
        fonts.SystemFile.ShouldBe(file);
        if (fonts.System!.FontStyle.Weight < 600) fonts.SystemNeedsEmbolden.ShouldBeTrue();
        using var drawn = SKBitmap.Decode(Paint(fonts, new CardText("S", null, "한국어 뉴스", "2026")));
        Ink(drawn).ShouldBeGreaterThan(200);
    }

    [Fact]
    public void Logo_is_the_built_in_favicon_drawn_at_512_pixels()
    {
        using var fonts = CardFonts.Shipped();
        var favicon = Generator.Rendering.BuiltInTheme.Embedded.Read("assets/favicon.svg");
        using var logo = SKBitmap.Decode(SiteLogo.Paint(favicon, ThemeColours.Default, "Test News", fonts));
        (logo.Width, logo.Height).ShouldBe((512, 512));
        // The favicon's blue square fills the corner area; its white wave crosses the middle row.
        logo.GetPixel(60, 60).ShouldBe(SKColor.Parse("#0b57d0"));
        Enumerable.Range(0, 512).Count(x => logo.GetPixel(x, 320).Red > 200 && logo.GetPixel(x, 320).Blue > 200).ShouldBeGreaterThan(20);
    }

    [Fact]
    public void A_favicon_the_logo_cannot_draw_gives_the_site_initial_on_the_accent_colour()
    {
        using var fonts = CardFonts.Shipped();
        var favicon = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 32 32\"><text x=\"4\" y=\"20\">N</text></svg>"u8.ToArray();
        using var logo = SKBitmap.Decode(SiteLogo.Paint(favicon, ThemeColours.Default, "科技前沿", fonts));
        logo.GetPixel(256, 40).ShouldBe(SKColor.Parse(ThemeColours.Default.Accent));
        // The initial (科) is drawn in white across the middle.
        Enumerable.Range(0, 512).Count(x => logo.GetPixel(x, 256) == SKColors.White).ShouldBeGreaterThan(20);
    }

    [Fact]
    public void Cjk_font_lookup_prefers_noto_sans_cjk_bold_and_finds_wen_quan_yi_micro_hei()
    {
        var root = Path.Combine(Path.GetTempPath(), "gen-fonts-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "truetype", "wqy"));
            Directory.CreateDirectory(Path.Combine(root, "truetype", "dejavu"));
            File.WriteAllBytes(Path.Combine(root, "truetype", "dejavu", "DejaVuSans.ttf"), []);
            File.WriteAllBytes(Path.Combine(root, "truetype", "wqy", "wqy-microhei.ttc"), []);
            CardFonts.FindCjkFile([root]).ShouldBe(Path.Combine(root, "truetype", "wqy", "wqy-microhei.ttc"));

            Directory.CreateDirectory(Path.Combine(root, "opentype", "noto"));
            File.WriteAllBytes(Path.Combine(root, "opentype", "noto", "NotoSansCJK-Regular.ttc"), []);
            File.WriteAllBytes(Path.Combine(root, "opentype", "noto", "NotoSansCJK-Bold.ttc"), []);
            CardFonts.FindCjkFile([root]).ShouldBe(Path.Combine(root, "opentype", "noto", "NotoSansCJK-Bold.ttc"));
        }
        finally { Directory.Delete(root, true); }
    }

    private static byte[] Paint(CardFonts fonts, CardText text)
    {
        using var painter = new SocialCardPainter(ThemeColours.Default, fonts);
        return painter.Paint(text);
    }

    private static bool Dark(SKColor pixel) => pixel.Red < 80;

    /// <summary>Dark pixels in the headline's first line, sampled every other pixel.</summary>
    private static int Ink(SKBitmap bitmap)
    {
        var dark = 0;
        for (var x = 80; x < 1120; x += 2)
            for (var y = 190; y < 300; y += 2)
                if (Dark(bitmap.GetPixel(x, y))) dark++;
        return dark;
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
