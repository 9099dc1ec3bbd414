using System.Text.Json;
using Generator.Content;
using Generator.Output;
using Generator.Tests.Support;
using SkiaSharp;

namespace Generator.Tests.WholeSite;

/// <summary>What a page shows when shared or read by a crawler: a card on every page, a Chinese card drawn on a machine
/// without CJK fonts, the JSON-LD image and logo, og:locale, and feed items with their image.</summary>
public class ShareImageTests
{
    [Fact]
    public void Chinese_cards_are_drawn_without_a_machine_font_with_the_date_in_chinese()
    {
        using var site = MultilingualSite.Create();
        var asked = 0;
        var result = site.BuildWithFonts(() => { asked++; return null; });
        TestSite.Errors(result).ShouldBeEmpty();
        result.Diagnostics.ShouldNotContain(d => d.Code == DiagnosticCodes.MissingFont);
        asked.ShouldBe(0);
        // The oracle: the same card painted directly, with the Chinese date the zh interface strings write.
        using var fonts = CardFonts.Shipped();
        using var painter = new SocialCardPainter(ThemeColours.Read(site.Root), fonts);
        var expected = painter.Paint(new CardText("Test News", null, "推理", "2026年4月23日"));
        File.ReadAllBytes(Path.Combine(site.Output, "zh/posts/inference/card.png")).ShouldBe(expected);
        painter.Paint(new CardText("Test News", null, "推理", "23 April 2026")).ShouldNotBe(expected);
    }

    [Fact]
    public void A_headline_character_in_no_font_is_an_error_at_the_title_and_no_output_is_written()
    {
        using var site = new TestSite();
        site.Post("2026-04-01-a.md", "机器人 \U00020000 arrives");
        var result = site.BuildWithFonts(() => null);
        result.Succeeded.ShouldBeFalse();
        var error = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.MissingFont).ShouldHaveSingleItem();
        error.Severity.ShouldBe(Severity.Error);
        error.ToString().ShouldStartWith("content/posts/2026-04-01-a.md:2:8: error GEN035:");
        error.Message.ShouldContain("U+20000");
        Directory.Exists(site.Output).ShouldBeFalse();
    }

    [Fact]
    public void Every_page_shares_an_image_and_pages_without_their_own_share_the_site_card()
    {
        using var site = MultilingualSite.Create();
        TestSite.Errors(site.BuildWithFonts(() => null)).ShouldBeEmpty();
        var pages = Directory.GetFiles(site.Output, "*.html", SearchOption.AllDirectories);
        pages.Length.ShouldBeGreaterThan(20);
        foreach (var page in pages)
            File.ReadAllText(page).ShouldContain("<meta property=\"og:image\" content=\"https://example.github.io/ai-news/", customMessage: page);
        foreach (var (page, folder) in new[] { ("index.html", ""), ("tags/index.html", ""), ("glossary/index.html", ""), ("zh/index.html", "zh/") })
            site.ReadOutput(page).ShouldContain($"<meta property=\"og:image\" content=\"https://example.github.io/ai-news/{folder}card.png\">");
        using var card = SKBitmap.Decode(Path.Combine(site.Output, "zh/card.png"));
        (card.Width, card.Height).ShouldBe((1200, 630));
        File.Exists(Path.Combine(site.Output, "card.png")).ShouldBeTrue();
        using var logo = SKBitmap.Decode(Path.Combine(site.Output, "logo.png"));
        (logo.Width, logo.Height).ShouldBe((512, 512));
    }

    [Fact]
    public void Og_locale_names_the_territory_and_the_translations()
    {
        using var site = MultilingualSite.Create();
        var result = site.Build(write: false);
        TestSite.Errors(result).ShouldBeEmpty();
        string Page(string path) => result.Files.Single(f => f.Path == path).Content;
        Page("posts/deal/index.html").ShouldContain("<meta property=\"og:locale\" content=\"en_US\">\n<meta property=\"og:locale:alternate\" content=\"zh_CN\">");
        Page("zh/posts/deal/index.html").ShouldContain("<meta property=\"og:locale\" content=\"zh_CN\">\n<meta property=\"og:locale:alternate\" content=\"en_US\">");
        Page("posts/chips/index.html").ShouldContain("<meta property=\"og:locale\" content=\"en_US\">");
        Page("posts/chips/index.html").ShouldNotContain("og:locale:alternate");
    }

    [Fact]
    public void Post_json_ld_carries_its_card_and_the_publisher_logo()
    {
        using var site = new TestSite();
        site.Post("2026-04-01-a.md", "A headline");
        var news = JsonLd(site.Build(write: false), "posts/a/index.html").RootElement;
        news.GetProperty("@type").GetString().ShouldBe("NewsArticle");
        news.GetProperty("image")[0].GetString().ShouldBe("https://example.github.io/ai-news/posts/a/card.png");
        var logo = news.GetProperty("publisher").GetProperty("logo");
        logo.GetProperty("url").GetString().ShouldBe("https://example.github.io/ai-news/logo.png");
        logo.GetProperty("width").GetInt32().ShouldBeGreaterThanOrEqualTo(112);
    }

    [Fact]
    public void Home_json_ld_names_the_website_with_its_search_and_the_organization()
    {
        using var site = new TestSite();
        site.Post("2026-04-01-a.md", "A headline");
        var graph = JsonLd(site.Build(write: false), "index.html").RootElement;
        var website = graph.EnumerateArray().Single(e => e.GetProperty("@type").GetString() == "WebSite");
        website.GetProperty("url").GetString().ShouldBe("https://example.github.io/ai-news/");
        var action = website.GetProperty("potentialAction");
        action.GetProperty("@type").GetString().ShouldBe("SearchAction");
        action.GetProperty("target").GetProperty("urlTemplate").GetString().ShouldBe("https://example.github.io/ai-news/search/?q={search_term_string}");
        action.GetProperty("query-input").GetString().ShouldBe("required name=search_term_string");
        var organization = graph.EnumerateArray().Single(e => e.GetProperty("@type").GetString() == "Organization");
        organization.GetProperty("name").GetString().ShouldBe("Test News");
        organization.GetProperty("logo").GetProperty("url").GetString().ShouldBe("https://example.github.io/ai-news/logo.png");
    }

    [Fact]
    public void Feed_items_carry_their_image()
    {
        using var site = new TestSite();
        site.WriteBytes("content/images/photo.png", ImageBuildTests.Png(800, 400))
            .Post("2026-04-01-a.md", "Carded", date: "2026-04-01").Post("2026-04-02-b.md", "Photo", date: "2026-04-02", extra: "image:\n  src: /images/photo.png\n  alt: P");
        var result = site.Build(write: false);
        string File(string path) => result.Files.Single(f => f.Path == path).Content;
        const string card = "https://example.github.io/ai-news/posts/a/card.png", photo = "https://example.github.io/ai-news/images/photo.png";
        File("rss.xml").ShouldContain($"<media:content url=\"{card}\" medium=\"image\" type=\"image/png\" width=\"1200\" height=\"630\" />");
        File("rss.xml").ShouldContain($"<media:content url=\"{photo}\" medium=\"image\" type=\"image/png\" width=\"800\" height=\"400\" />");
        File("feed.xml").ShouldContain($"<link rel=\"enclosure\" type=\"image/png\" href=\"{card}\" />");
        var items = JsonDocument.Parse(File("feed.json")).RootElement.GetProperty("items").EnumerateArray().ToList();
        items.Select(i => i.GetProperty("image").GetString()).ShouldBe([photo, card]);
    }

    [Fact]
    public void Without_social_cards_no_card_or_logo_is_made_or_named()
    {
        using var site = new TestSite(TestSite.DefaultConfig + "\nsocial_cards: false\n");
        site.Post("2026-04-01-a.md", "A headline");
        TestSite.Errors(site.BuildWithFonts(() => null)).ShouldBeEmpty();
        File.Exists(Path.Combine(site.Output, "card.png")).ShouldBeFalse();
        File.Exists(Path.Combine(site.Output, "logo.png")).ShouldBeFalse();
        site.ReadOutput("index.html").ShouldNotContain("og:image");
        site.ReadOutput("index.html").ShouldNotContain("logo.png");
        Directory.Exists(Path.Combine(site.Root, ".cache", "images")).ShouldBeFalse();
    }

    private static JsonDocument JsonLd(BuildResult result, string path)
    {
        var html = result.Files.Single(f => f.Path == path).Content;
        var start = html.IndexOf("<script type=\"application/ld+json\">", StringComparison.Ordinal);
        start.ShouldBeGreaterThan(0, $"{path} has no JSON-LD");
        start = html.IndexOf('>', start) + 1;
        return JsonDocument.Parse(html[start..html.IndexOf("</script>", start, StringComparison.Ordinal)]);
    }
}
