using System.Text.RegularExpressions;
using Generator.BrowserTests.Support;

namespace Generator.BrowserTests;

/// <summary>The search page searches /search-index.json in the browser as you type (templates/assets/search.js).</summary>
[Collection(ExampleSiteCollection.Name)]
public sealed class SearchTests(ExampleSite site, BrowserFixture browser)
    : BrowserTest(browser), IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task Typing_a_word_shows_matching_articles_as_you_type_and_announces_how_many()
    {
        var page = await OpenSearchAsync();

        await SearchBox(page).PressSequentiallyAsync("amazon");

        var titles = ResultTitles(page);
        await Expect(titles.First).ToBeVisibleAsync();
        await Expect(Status(page)).ToHaveTextAsync(new Regex("^\\d+ articles? found for “amazon”\\.$"));
        var count = int.Parse((await Status(page).TextContentAsync())!.Split(' ')[0]);
        await Expect(titles).ToHaveCountAsync(count);
        // A hit in the title ranks first: the example site has several posts with Amazon in the title.
        foreach (var title in (await titles.AllTextContentsAsync()).Take(3)) title.ShouldContain("Amazon", Case.Insensitive);
        await Expect(page).ToHaveURLAsync(site.Url("search/?q=amazon"));
    }

    [BrowserFact]
    public async Task Arrow_down_moves_into_the_results_and_enter_follows_the_link()
    {
        var page = await OpenSearchAsync();
        await SearchBox(page).PressSequentiallyAsync("amazon");
        var first = ResultTitles(page).First;
        await Expect(first).ToBeVisibleAsync();
        var second = ResultTitles(page).Nth(1);

        await page.Keyboard.PressAsync("ArrowDown");
        await Expect(first).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await Expect(second).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("ArrowUp");
        await Expect(first).ToBeFocusedAsync();
        var href = (await first.GetAttributeAsync("href"))!;
        var title = (await first.TextContentAsync())!;

        await page.Keyboard.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(site.Resolve(href));
        await Expect(page.Locator("h1")).ToHaveTextAsync(title);
    }

    [BrowserFact]
    public async Task A_query_in_the_address_fills_the_box_and_the_results_on_load()
    {
        var page = await NewPageAsync();

        await page.GotoAsync(site.Url("search/?q=kimi"));

        await Expect(SearchBox(page)).ToHaveValueAsync("kimi");
        await Expect(ResultTitles(page).First).ToContainTextAsync("Kimi");
        await Expect(Status(page)).ToHaveTextAsync(new Regex("found for “kimi”"));
    }

    [BrowserFact]
    public async Task The_header_search_form_opens_the_search_page_with_the_query()
    {
        var page = await NewPageAsync();
        await page.GotoAsync(site.Home.ToString());
        var header = page.GetByRole(AriaRole.Search, new() { Name = "Site search" });

        await header.GetByRole(AriaRole.Searchbox).FillAsync("kimi");
        await header.GetByRole(AriaRole.Searchbox).PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(site.Url("search/?q=kimi"));
        await Expect(SearchBox(page)).ToHaveValueAsync("kimi");
        await Expect(ResultTitles(page).First).ToContainTextAsync("Kimi");
    }

    [BrowserFact]
    public async Task A_query_that_matches_nothing_says_so()
    {
        var page = await OpenSearchAsync();

        await SearchBox(page).PressSequentiallyAsync("zzyzx");

        await Expect(Status(page)).ToHaveTextAsync("No articles match “zzyzx”.");
        await Expect(ResultTitles(page)).ToHaveCountAsync(0);
    }

    [BrowserFact]
    public async Task A_Chinese_word_finds_exactly_the_Chinese_posts_that_contain_it()
    {
        var page = await OpenSearchAsync("zh/");

        await SearchBox(page).FillAsync("训练");

        // Of the four Chinese articles, the Amazon–Anthropic deal and the chips explainer say 训练; the Kimi article
        // has neither character next to the other, and English posts live in another index.
        await Expect(ResultTitles(page)).ToHaveCountAsync(2);
        (await ResultTitles(page).AllTextContentsAsync()).Order().ShouldBe(["Trainium 和 Inferentia：亚马逊押注自研 AI 芯片", "亚马逊加码 Anthropic：这笔交易到底买到了什么"]);
    }

    private async Task<IPage> OpenSearchAsync(string language = "")
    {
        var page = await NewPageAsync();
        await page.GotoAsync(site.Url(language + "search/"));
        await SearchBox(page).FocusAsync(); // loads the index
        // The status speaks the page's language: English at the root, Chinese under /zh/.
        await Expect(Status(page)).ToHaveTextAsync(language == ""
            ? new Regex("^Type to search \\d+ articles\\.$")
            : new Regex("^输入关键词，在 \\d+ 篇文章中搜索。$"));
        return page;
    }

    private static ILocator SearchBox(IPage page) => page.Locator("#search-q");

    private static ILocator Status(IPage page) => page.GetByRole(AriaRole.Status);

    private static ILocator ResultTitles(IPage page) => page.Locator("#search-results a.search-result-title");
}
