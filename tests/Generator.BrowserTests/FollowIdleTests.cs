using Generator.BrowserTests.Support;

namespace Generator.BrowserTests;

/// <summary>
/// follow.js leaves what a page load need not do at once to idle time: followed tags are marked in slices (the first
/// twenty links at once, then more while the browser is idle) and "For you" is filled after them. A reader who
/// follows every tag still sees every tag marked, also in a browser without <c>requestIdleCallback</c> (Safari), where
/// a timer stands in for it.
/// </summary>
[Collection(ExampleSiteCollection.Name)]
public sealed class FollowIdleTests(ExampleSite site, BrowserFixture browser)
    : BrowserTest(browser), IClassFixture<BrowserFixture>
{
    [BrowserTheory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Every_followed_tag_is_marked_and_For_you_filled_after_idle_time(bool idleCallbacks)
    {
        var page = await NewPageAsync();
        if (!idleCallbacks) await page.AddInitScriptAsync("delete window.requestIdleCallback; delete window.cancelIdleCallback;");
        await page.GotoAsync(site.Home.ToString());
        (await page.EvaluateAsync<bool>("() => 'requestIdleCallback' in window")).ShouldBe(idleCallbacks);
        // Follow every tag of the follow index, as the panel would.
        await page.EvaluateAsync("""
            async () => {
              const url = document.getElementById('prefs').getAttribute('data-follow-index');
              const index = await (await fetch(url)).json();
              localStorage.setItem('newsgen.follows', JSON.stringify(Object.keys(index.topics).filter(k => k.startsWith('tag:'))));
            }
            """);

        await page.ReloadAsync();

        var tags = page.Locator("main a.tag");
        (await tags.CountAsync()).ShouldBeGreaterThan(20, "enough links for more than one slice");
        await Expect(page.Locator("a.tag:not(.is-followed)")).ToHaveCountAsync(0);
        await Expect(page.Locator("a.tag .followed-note")).ToHaveCountAsync(await page.Locator("a.tag").CountAsync());
        await Expect(page.Locator("#for-you")).ToBeVisibleAsync();
        await Expect(page.Locator("#for-you .for-you-list .post-card")).ToHaveCountAsync(4);
    }

    [BrowserFact]
    public async Task With_nothing_followed_the_follow_index_is_never_fetched()
    {
        var page = await NewPageAsync();
        var fetched = new List<string>();
        page.Request += (_, request) => { if (request.Url.Contains("follow-index")) fetched.Add(request.Url); };

        await page.GotoAsync(site.Url("categories/tech-frontline/"));
        await Expect(page.Locator("button.follow-button")).ToBeVisibleAsync();
        await page.EvaluateAsync("() => new Promise(done => setTimeout(done, 1500))"); // past any idle-time work

        fetched.ShouldBeEmpty();
        await Expect(page.Locator("a.tag.is-followed")).ToHaveCountAsync(0);
    }
}
