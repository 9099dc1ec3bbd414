using Generator.BrowserTests.Support;

namespace Generator.BrowserTests;

/// <summary>The theme as a reader sees it: a phone-sized screen, the keyboard, the dark setting.</summary>
[Collection(ExampleSiteCollection.Name)]
public sealed class ThemeTests(ExampleSite site, BrowserFixture browser)
    : BrowserTest(browser), IClassFixture<BrowserFixture>
{
    private static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    [BrowserTheory]
    [InlineData("")]
    [InlineData("posts/amazon-anthropic-deal/")]
    [InlineData("categories/tech-frontline/")]
    [InlineData("posts/week-in-review/")]
    [InlineData("search/?q=amazon")]
    public async Task A_phone_sized_screen_never_scrolls_sideways(string path)
    {
        var page = await NewPageAsync(new() { ViewportSize = Phone });
        await page.GotoAsync(site.Url(path));
        await Expect(page.Locator("h1").First).ToBeVisibleAsync();

        var (scrollWidth, clientWidth) = await WidthsAsync(page);

        scrollWidth.ShouldBeLessThanOrEqualTo(clientWidth, $"{path}: the page is wider than the screen");
        clientWidth.ShouldBeGreaterThan(300);
    }

    [BrowserFact]
    public async Task The_skip_link_appears_on_the_first_tab_and_leads_to_the_main_content()
    {
        var page = await NewPageAsync(new() { ViewportSize = Phone });
        await page.GotoAsync(site.Home.ToString());
        var skip = page.GetByRole(AriaRole.Link, new() { Name = "Skip to content" });
        await Expect(skip).Not.ToBeInViewportAsync();

        await page.Keyboard.PressAsync("Tab");

        await Expect(skip).ToBeFocusedAsync();
        await Expect(skip).ToBeInViewportAsync(new() { Ratio = 1 });
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(site.Url("#main"));
    }

    [BrowserFact]
    public async Task The_dark_setting_gives_a_dark_page_with_light_text()
    {
        var page = await NewPageAsync(new() { ColorScheme = ColorScheme.Dark });
        await page.GotoAsync(site.Home.ToString());

        var background = await LuminanceAsync(page, "backgroundColor");
        var text = await LuminanceAsync(page, "color");

        background.ShouldBeLessThan(0.05, "the body background is dark");
        text.ShouldBeGreaterThan(0.6, "the text is light");
    }

    [BrowserFact]
    public async Task The_light_setting_gives_a_light_page_with_dark_text()
    {
        var page = await NewPageAsync(new() { ColorScheme = ColorScheme.Light });
        await page.GotoAsync(site.Home.ToString());

        (await LuminanceAsync(page, "backgroundColor")).ShouldBeGreaterThan(0.8, "the body background is light");
        (await LuminanceAsync(page, "color")).ShouldBeLessThan(0.1, "the text is dark");
    }

    private static async Task<(int ScrollWidth, int ClientWidth)> WidthsAsync(IPage page)
    {
        var widths = await page.EvaluateAsync<int[]>(
            "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        return (widths[0], widths[1]);
    }

    /// <summary>The relative luminance (0 black … 1 white, as WCAG defines it) of a colour of the body.</summary>
    private static Task<double> LuminanceAsync(IPage page, string property) => page.EvaluateAsync<double>("""
        property => {
          const [r, g, b] = getComputedStyle(document.body)[property].match(/[\d.]+/g).slice(0, 3).map(Number)
            .map(c => c / 255).map(c => c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
          return 0.2126 * r + 0.7152 * g + 0.0722 * b;
        }
        """, property);
}
