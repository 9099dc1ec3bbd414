using Generator.BrowserTests.Support;
using Generator.Serve;
using Generator.Tests.Support;

namespace Generator.BrowserTests;

/// <summary>
/// <c>serve</c> with a real browser: the injected live-reload script reloads an open page after an edit and shows the
/// error overlay while the build is broken (Serve/LiveReloadPage.cs). Each test serves its own copy of a small site.
/// </summary>
public sealed class LiveReloadTests(BrowserFixture browser) : BrowserTest(browser), IClassFixture<BrowserFixture>
{
    private const string Second = "content/posts/2026-01-02-second.md";
    private readonly FixtureSite site = new();
    private readonly StringWriter terminal = new();
    private DevServer server = null!;

    public override async Task InitializeAsync() =>
        server = await DevServer.StartAsync(new ServeOptions(site.Root, Port: 0), new ServeReporter(TextWriter.Synchronized(terminal)));

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await server.DisposeAsync();
        site.Dispose();
    }

    [BrowserFact]
    public async Task An_open_page_shows_an_edited_post_by_itself()
    {
        var page = await OpenSecondPostAsync();
        await Expect(Body(page)).ToContainTextAsync("The second body");

        site.Replace(Second, "The second body", "The edited body");

        await Expect(Body(page)).ToContainTextAsync("The edited body");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Second");
    }

    [BrowserFact]
    public async Task Broken_front_matter_shows_the_error_overlay_until_the_post_is_fixed()
    {
        var page = await OpenSecondPostAsync();
        var overlay = page.Locator("#" + LiveReloadPage.OverlayId);
        await Expect(overlay).ToHaveCountAsync(0);
        var good = site.Read(Second);

        site.Write(Second, "---\ntitle: [unclosed\n---\nBody\n");

        await Expect(overlay).ToBeVisibleAsync();
        await Expect(overlay).ToHaveAttributeAsync("role", "alert");
        await Expect(overlay).ToContainTextAsync("Build failed; showing the last good version.");
        await Expect(overlay).ToContainTextAsync($"{Second}:3:1: error GEN003");
        await Expect(Body(page)).ToContainTextAsync("The second body"); // the last good version stays on screen

        site.Write(Second, good.Replace("The second body", "The fixed body"));

        await Expect(Body(page)).ToContainTextAsync("The fixed body");
        await Expect(overlay).ToHaveCountAsync(0);
    }

    [BrowserFact]
    public async Task A_stylesheet_edit_restyles_an_open_page_without_reloading_it()
    {
        var page = await OpenSecondPostAsync();
        await page.EvaluateAsync("() => { window.sameDocument = true; }");
        await Expect(page.Locator("style[data-asset='site.css']")).ToHaveCountAsync(1); // the theme inlines it

        File.AppendAllText(site.PathOf("templates/assets/site.css"), "\nh1 { color: rgb(1, 2, 3); }\n");

        await Expect(page.Locator("h1")).ToHaveCSSAsync("color", "rgb(1, 2, 3)");
        (await page.EvaluateAsync<bool>("() => window.sameDocument === true")).ShouldBeTrue("the page was reloaded");
    }

    /// <summary>Opens the post and waits until its live-reload stream is connected, so no later edit goes unheard.</summary>
    private async Task<IPage> OpenSecondPostAsync()
    {
        var page = await NewPageAsync();
        var url = new Uri(server.SiteAddress, "posts/second/").ToString();
        var stream = await page.RunAndWaitForResponseAsync(() => page.GotoAsync(url),
            response => new Uri(response.Url).AbsolutePath == LiveReloadPage.EventsPath);
        stream.Status.ShouldBe(200, terminal.ToString());
        await Expect(page.Locator("h1")).ToHaveTextAsync("Second");
        return page;
    }

    private static ILocator Body(IPage page) => page.Locator(".post-body");
}
