using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Generator.BrowserTests.Support;

namespace Generator.BrowserTests;

/// <summary>An article as news readers use it: the story on the first screen, and on paper.</summary>
[Collection(ExampleSiteCollection.Name)]
public sealed partial class ArticleReadingTests(ExampleSite site, BrowserFixture browser)
    : BrowserTest(browser), IClassFixture<BrowserFixture>
{
    [BrowserTheory]
    [InlineData(390, 844, true)]
    [InlineData(1280, 900, false)]
    public async Task The_story_starts_on_the_first_screen_of_every_article_in_both_languages(int width, int height, bool phone)
    {
        var page = await NewPageAsync(new() { ViewportSize = new() { Width = width, Height = height }, IsMobile = phone, HasTouch = phone });
        var articles = await ArticlePathsAsync(page);
        articles.Count.ShouldBeGreaterThanOrEqualTo(20, "the example blog's posts in English and Chinese");
        var late = new List<string>();
        foreach (var path in articles)
        {
            await page.GotoAsync(site.Url(path));
            var top = await page.EvaluateAsync<double>("() => document.querySelector('.post-body > p').getBoundingClientRect().top");
            if (top >= height - 24) late.Add($"{path}: the first paragraph starts at y = {top:0}");
        }
        late.ShouldBeEmpty();
    }

    [BrowserFact]
    public async Task Printing_an_article_leaves_out_the_screen_furniture_opens_the_answers_and_fits_three_A4_pages()
    {
        var page = await NewPageAsync();
        await page.GotoAsync(site.Url("posts/amazon-anthropic-deal/"));
        await page.EmulateMediaAsync(new() { Media = Media.Print });

        await Expect(page.Locator(".site-header")).ToBeHiddenAsync();
        await Expect(page.Locator(".site-footer")).ToBeHiddenAsync();
        await Expect(page.Locator(".faq details p").First).ToBeVisibleAsync();
        var after = await page.Locator(".sources a").First.EvaluateAsync<string>("a => getComputedStyle(a, '::after').content");
        after.ShouldContain("https://");

        var pdf = await page.PdfAsync(new() { Format = "A4", PrintBackground = true });
        var pages = PdfPage().Matches(Encoding.Latin1.GetString(pdf)).Count;
        pages.ShouldBeInRange(1, 3);
    }

    /// <summary>Every post of the example blog, English and Chinese, from its sitemap.</summary>
    private async Task<List<string>> ArticlePathsAsync(IPage page)
    {
        var response = await page.APIRequest.GetAsync(site.Url("sitemap.xml"));
        var sitemap = XDocument.Parse(await response.TextAsync());
        return sitemap.Descendants().Where(e => e.Name.LocalName == "loc")
            .Select(e => new Uri(e.Value).AbsolutePath[ExampleSite.BasePath.Length..])
            .Where(path => path.StartsWith("posts/", StringComparison.Ordinal) || path.StartsWith("zh/posts/", StringComparison.Ordinal))
            .ToList();
    }

    [GeneratedRegex(@"/Type\s*/Page(?![s\w])")]
    private static partial Regex PdfPage();
}
