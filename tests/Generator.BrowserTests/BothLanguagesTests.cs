using Generator.BrowserTests.Support;

namespace Generator.BrowserTests;

/// <summary>
/// A grown <c>init</c> blog in English and 中文: following a Chinese tag on a Chinese page shows the tag's articles
/// under 为你推荐 with Chinese names and dates, and the header's menu speaks each page's language.
/// </summary>
public sealed class BothLanguagesTests(GrownInitSite site, BrowserFixture browser)
    : BrowserTest(browser), IClassFixture<BrowserFixture>, IClassFixture<GrownInitSite>
{
    [BrowserFact]
    public async Task Following_a_Chinese_tag_on_a_Chinese_page_lists_its_articles_in_Chinese_under_For_you_on_the_Chinese_home()
    {
        var page = await NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        await page.GotoAsync(site.Url("zh/tags/关于本站/"));
        var follow = page.Locator("button.follow-button[data-follow='tag:关于本站']");
        await follow.ClickAsync();
        await Expect(follow).ToHaveAttributeAsync("aria-pressed", "true");

        await page.GotoAsync(site.Url("zh/"));
        var forYou = page.Locator("#for-you");
        await Expect(forYou).ToBeVisibleAsync();
        await Expect(forYou.Locator("h2")).ToHaveTextAsync("为你推荐");
        var card = forYou.Locator(".for-you-card").First;
        await Expect(card.Locator("[data-slot=link]")).ToHaveTextAsync("欢迎：这个博客如何用大白话讲清楚人工智能新闻");
        await Expect(card.Locator("[data-slot=why]")).ToHaveTextAsync("关于本站");
        await Expect(card.Locator("[data-slot=date]")).ToHaveTextAsync("2026年11月20日");
        (await forYou.Locator(".for-you-card").CountAsync()).ShouldBe(1, "the English welcome post is not among the Chinese tag's articles");

        // "我的关注" lists the Chinese pages' topics by their Chinese names, the followed tag pressed.
        await page.Locator("[data-prefs-open]").First.EvaluateAsync("b => b.click()");
        var dialog = page.Locator("dialog#prefs");
        await Expect(dialog).ToBeVisibleAsync();
        await Expect(dialog.Locator("[data-follow='tag:关于本站']")).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(dialog.Locator("[data-follow='category:spotlight']")).ToHaveTextAsync("Spotlight");
        (await dialog.Locator("[data-prefs-list=tag] button").AllTextContentsAsync()).ShouldBe(["关于本站"]);
    }

    [BrowserFact]
    public async Task The_menu_shows_each_languages_labels_and_leads_into_that_language()
    {
        var page = await NewPageAsync(new() { ViewportSize = new() { Width = 1440, Height = 900 } });
        foreach (var (path, labels, about) in new[]
        {
            ("", new[] { "Tags", "Glossary", "Search", "About", "Newsletter archive", "Contact the editors" }, "about/"),
            ("zh/", new[] { "标签", "术语表", "搜索", "关于", "往期通讯", "联系编辑" }, "zh/about/"),
        })
        {
            await page.GotoAsync(site.Url(path));
            (await page.Locator(".site-nav a").AllTextContentsAsync()).ShouldBe(labels, path);
            (await page.Locator(".site-nav a").Nth(3).GetAttributeAsync("href")).ShouldBe(GrownInitSite.BasePath + about);
            var response = await page.GotoAsync(site.Url(about));
            response!.Status.ShouldBe(200, about);
            (await page.Locator("html").GetAttributeAsync("lang")).ShouldBe(path == "" ? "en" : "zh");
        }
    }
}
