using System.Net;
using Generator.Serve;
using Generator.Tests.Support;

namespace Generator.Tests.Serve;

/// <summary>serve, for real: Kestrel on a free loopback port, HTTP requests, file edits and the live-reload stream.</summary>
public sealed class DevServerTests : IAsyncLifetime
{
    private const string Second = "content/posts/2026-01-02-second.md";
    private readonly FixtureSite site = new();
    private readonly StringWriter terminal = new();
    private DevServer server = null!;
    private HttpClient http = null!;

    public async Task InitializeAsync()
    {
        server = await DevServer.StartAsync(new ServeOptions(site.Root, Port: 0), new ServeReporter(TextWriter.Synchronized(terminal)));
        http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = server.ServerAddress };
    }

    public async Task DisposeAsync()
    {
        http.Dispose();
        await server.DisposeAsync();
        site.Dispose();
    }

    [Fact]
    public async Task Serves_the_site_under_its_base_path_and_redirects_the_root_to_it()
    {
        server.SiteAddress.AbsolutePath.ShouldBe("/blog/");
        var root = await http.GetAsync("/");
        root.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        root.Headers.Location!.OriginalString.ShouldBe("/blog/");

        (await http.GetStringAsync("/blog/posts/second/")).ShouldContain("<h1>Second</h1>");
        var css = await http.GetAsync(server.Current.Stylesheets["/blog/assets/site.css"]);
        css.Content.Headers.ContentType!.MediaType.ShouldBe("text/css");
        (await http.GetAsync("/blog/posts/second")).Headers.Location!.OriginalString.ShouldBe("/blog/posts/second/");
    }

    [Fact]
    public async Task Serves_pages_whose_urls_are_not_ascii()
    {
        await using var browser = await LiveReloadStream.OpenAsync(http);
        await browser.NextAsync("hello");
        site.Write("content/posts/2026-01-04-ai.md", FixtureSite.Post("人工智能 news", "2026-01-04", "ada", "models", "人工智能", "文字."));
        await browser.NextAsync("reload");

        (await http.GetStringAsync("/blog/tags/人工智能/")).ShouldContain("人工智能 news");
    }

    [Fact]
    public async Task Unknown_pages_get_the_sites_404_page()
    {
        var missing = await http.GetAsync("/blog/posts/nope/");
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await missing.Content.ReadAsStringAsync()).ShouldContain("Page not found");
        (await http.GetAsync("/posts/second/")).StatusCode.ShouldBe(HttpStatusCode.NotFound); // outside the base path
    }

    [Fact]
    public async Task Served_html_carries_the_live_reload_script_but_the_build_output_does_not()
    {
        (await http.GetStringAsync("/blog/")).ShouldContain($"<script src=\"{LiveReloadPage.ScriptPath}\"></script>\n</body>");
        (await http.GetStringAsync(LiveReloadPage.ScriptPath)).ShouldContain("new EventSource(\"/__livereload\")");

        var built = SiteBuild.InMemory(site.BuildOptions());
        built.Files.ShouldAllBe(f => !f.Content.Contains("__livereload"));
    }

    [Fact]
    public async Task Editing_a_post_reloads_open_browsers_and_serves_the_new_text()
    {
        await using var browser = await LiveReloadStream.OpenAsync(http);
        browser.ContentType.ShouldBe("text/event-stream");
        await browser.NextAsync("hello");

        site.Replace(Second, "The second body", "The edited body");
        var reload = await browser.NextAsync("reload");

        reload.ShouldContain("/blog/posts/second/");
        (await http.GetStringAsync("/blog/posts/second/")).ShouldContain("The edited body");
    }

    [Fact]
    public async Task A_broken_build_keeps_the_last_good_site_and_shows_the_errors_until_fixed()
    {
        await using var browser = await LiveReloadStream.OpenAsync(http);
        await browser.NextAsync("hello");
        var good = site.Read(Second);

        site.Write(Second, "---\ntitle: [unclosed\n---\nBody\n");
        var broken = await browser.NextAsync("broken");
        broken.ShouldContain(Second);
        var stale = await http.GetStringAsync("/blog/posts/second/");
        stale.ShouldContain("<h1>Second</h1>");
        stale.ShouldContain($"id=\"{LiveReloadPage.OverlayId}\"");
        stale.ShouldContain(Second);
        terminal.ToString().ShouldContain($"{Second}:3:1: error GEN003");

        site.Write(Second, good.Replace("The second body", "The fixed body"));
        await browser.NextAsync("reload");
        var fixedPage = await http.GetStringAsync("/blog/posts/second/");
        fixedPage.ShouldContain("The fixed body");
        fixedPage.ShouldNotContain(LiveReloadPage.OverlayId);
    }

    [Fact]
    public async Task A_stylesheet_change_swaps_the_stylesheet_without_a_reload()
    {
        await using var browser = await LiveReloadStream.OpenAsync(http);
        await browser.NextAsync("hello");

        File.AppendAllText(site.PathOf("templates/assets/site.css"), "\n.edited { color: red; }\n");
        var css = await browser.NextAsync("css");

        var hashed = server.Current.Stylesheets["/blog/assets/site.css"];
        css.ShouldContain(hashed);
        (await http.GetStringAsync(hashed)).ShouldContain(".edited");
    }

    [Theory]
    [InlineData("/blog/../site.yml")]
    [InlineData("/blog/../../../../etc/passwd")]
    [InlineData("/blog/%2e%2e/site.yml")]
    [InlineData("/blog/%2E%2E/%2E%2E/etc/passwd")]
    [InlineData("/blog/..%2fsite.yml")]
    [InlineData("/blog/%2fetc%2fpasswd")]
    [InlineData("/blog//etc/passwd")]
    [InlineData("//etc/passwd")]
    [InlineData("/blog/..\\site.yml")]
    [InlineData("/blog/content/posts/2026-01-02-second.md")]
    [InlineData("/blog/templates/layout.sbn-html")]
    public async Task Paths_that_try_to_leave_the_site_are_not_found(string target)
    {
        var status = await RawHttp.StatusOfAsync(server.ServerAddress, target);
        status.ShouldBe(404);
        (await http.GetAsync("/blog/")).StatusCode.ShouldBe(HttpStatusCode.OK); // and the server is still fine
    }

    [Fact]
    public async Task Stopping_ends_open_live_reload_streams_and_frees_the_port()
    {
        var browser = await LiveReloadStream.OpenAsync(http);
        await browser.NextAsync("hello");

        var stopping = server.DisposeAsync().AsTask();
        (await Task.WhenAny(stopping, Task.Delay(TimeSpan.FromSeconds(10)))).ShouldBe(stopping);
        await browser.DisposeAsync();
        await Should.ThrowAsync<HttpRequestException>(() => http.GetAsync("/blog/"));
    }
}
