using Generator.BrowserTests.Support;

namespace Generator.BrowserTests;

/// <summary>The news layout: the phone header and its menu, the lead story, and following topics ("For you").</summary>
[Collection(ExampleSiteCollection.Name)]
public sealed class NewsLayoutTests(ExampleSite site, BrowserFixture browser)
    : BrowserTest(browser), IClassFixture<BrowserFixture>
{
    private static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    [BrowserFact]
    public async Task On_a_phone_the_header_is_one_row_and_the_menu_button_opens_the_navigation_by_keyboard()
    {
        var page = await NewPageAsync(new() { ViewportSize = Phone });
        await page.GotoAsync(site.Home.ToString());
        var rowHeight = await page.EvaluateAsync<double>("document.querySelector('.header-row').getBoundingClientRect().height");
        rowHeight.ShouldBeLessThanOrEqualTo(64);
        var tags = page.Locator(".site-nav").GetByRole(AriaRole.Link, new() { Name = "Tags" });
        await Expect(tags).ToBeHiddenAsync();

        var menu = page.Locator("summary.menu-button");
        await menu.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(tags).ToBeVisibleAsync();
        await Expect(page.Locator("details.menu")).ToHaveAttributeAsync("open", "");
        await page.Keyboard.PressAsync("Tab");
        await Expect(tags).ToBeFocusedAsync();

        await menu.FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await Expect(tags).ToBeHiddenAsync();
    }

    [BrowserFact]
    public async Task On_a_phone_the_open_menu_closes_on_Escape_and_on_a_tap_outside_it()
    {
        var page = await NewPageAsync(new() { ViewportSize = Phone, IsMobile = true, HasTouch = true });
        await page.GotoAsync(site.Home.ToString());
        var menu = page.Locator("summary.menu-button");
        var tags = page.Locator(".site-nav").GetByRole(AriaRole.Link, new() { Name = "Tags" });

        await menu.ClickAsync();
        await Expect(tags).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Escape");
        await Expect(tags).ToBeHiddenAsync();
        await Expect(menu).ToBeFocusedAsync();

        await menu.ClickAsync();
        await Expect(tags).ToBeVisibleAsync();
        await page.Touchscreen.TapAsync(200, 800); // below the open menu, on the page
        await Expect(tags).ToBeHiddenAsync();
    }

    [BrowserTheory]
    [InlineData(1024)]
    [InlineData(1280)]
    [InlineData(1920)]
    public async Task On_a_wide_screen_the_navigation_shows_without_a_menu_button(int width)
    {
        var page = await NewPageAsync(new() { ViewportSize = new() { Width = width, Height = 800 } });
        await page.GotoAsync(site.Home.ToString());
        await Expect(page.Locator("summary.menu-button")).ToBeHiddenAsync();
        await Expect(page.Locator(".site-nav").GetByRole(AriaRole.Link, new() { Name = "Tags" })).ToBeVisibleAsync();
        // The category row lines up with the rest of the page (it used to start at the window's edge).
        var left = await page.EvaluateAsync<double[]>(
            "[document.querySelector('.category-nav li a').getBoundingClientRect().left, document.querySelector('.site-title').getBoundingClientRect().left]");
        left[0].ShouldBe(left[1], 1);
    }

    [BrowserFact]
    public async Task The_featured_story_leads_the_front_page_above_the_other_cards()
    {
        var page = await NewPageAsync(new() { ViewportSize = Phone });
        await page.GotoAsync(site.Home.ToString());
        var lead = page.Locator(".lead-story");
        await Expect(lead.GetByRole(AriaRole.Heading, new() { Level = 2 })).ToHaveTextAsync("Amazon doubles down on Anthropic: what the deal really buys");
        await Expect(lead.GetByRole(AriaRole.Img)).ToBeVisibleAsync(); // the story's image; the avatar beside the byline is aria-hidden
        await Expect(lead.Locator(".byline")).ToContainTextAsync("By Maya Chen");
        var leadBottom = await lead.EvaluateAsync<double>("e => e.getBoundingClientRect().bottom");
        var firstCardTop = await page.Locator(".post-card").First.EvaluateAsync<double>("e => e.getBoundingClientRect().top");
        leadBottom.ShouldBeLessThan(firstCardTop);
    }

    [BrowserFact]
    public async Task Following_a_tag_shows_it_under_For_you_after_a_reload_until_unfollowed()
    {
        var page = await NewPageAsync();
        await page.GotoAsync(site.Home.ToString());
        await Expect(page.Locator("#for-you")).ToBeHiddenAsync();

        await page.GotoAsync(site.Url("tags/capex/"));
        var follow = page.Locator("button.follow-button");
        await Expect(follow).ToHaveAttributeAsync("aria-pressed", "false");
        (await follow.EvaluateAsync<string>("b => b.innerText")).Split('\n', ' ')[0].ShouldBe("Follow");
        await follow.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(follow).ToHaveAttributeAsync("aria-pressed", "true");
        (await follow.EvaluateAsync<string>("b => b.innerText")).Split('\n', ' ')[0].ShouldBe("Following");

        await page.GotoAsync(site.Home.ToString());
        await page.ReloadAsync();
        var forYou = page.Locator("#for-you");
        await Expect(forYou).ToBeVisibleAsync();
        await Expect(forYou.Locator(".post-card-title")).ToHaveTextAsync(["Amazon's $200 billion year: a plain guide to AI capex",
            "Money in, money back: why critics call the Amazon–Anthropic deal circular"]);
        await Expect(page.Locator("a.tag.is-followed").First).ToContainTextAsync("Capex");

        await forYou.GetByRole(AriaRole.Button, new() { Name = "Edit interests" }).ClickAsync();
        var panel = page.GetByRole(AriaRole.Dialog, new() { Name = "Your interests" });
        await Expect(panel).ToBeVisibleAsync();
        var chip = panel.GetByRole(AriaRole.Button, new() { Name = "Capex", Exact = true });
        await Expect(chip).ToHaveAttributeAsync("aria-pressed", "true");
        await chip.ClickAsync();
        await Expect(chip).ToHaveAttributeAsync("aria-pressed", "false");
        await page.Keyboard.PressAsync("Escape");
        await Expect(panel).ToBeHiddenAsync();

        await page.ReloadAsync();
        await Expect(page.Locator(".lead-story")).ToBeVisibleAsync();
        await Expect(page.Locator("#for-you")).ToBeHiddenAsync();
        (await page.EvaluateAsync<string>("localStorage.getItem('newsgen.follows')")).ShouldBe("[]");
    }

    [BrowserFact]
    public async Task Without_JavaScript_there_is_no_For_you_and_no_Follow_button()
    {
        var page = await NewPageAsync(new() { JavaScriptEnabled = false });
        await page.GotoAsync(site.Url("categories/tech-frontline/"));
        await Expect(page.Locator("button.follow-button")).ToBeHiddenAsync();
        await page.GotoAsync(site.Home.ToString());
        await Expect(page.Locator("#for-you")).ToBeHiddenAsync();
        await Expect(page.Locator(".lead-story")).ToBeVisibleAsync();
    }
}
