using System.Net;
using Generator.Serve;
using Generator.Tests.Support;

namespace Generator.Tests.Serve;

/// <summary>serve on a blog made by <c>init</c>: the built-in theme, then a first override written while serving.</summary>
public sealed class InitSiteServeTests : IAsyncLifetime
{
    private readonly InitSite site = new();
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
    public async Task Serves_the_new_blog_with_the_built_in_theme_and_its_assets()
    {
        server.SiteAddress.AbsolutePath.ShouldBe(InitSite.BasePath);
        (await http.GetAsync("/")).Headers.Location!.OriginalString.ShouldBe(InitSite.BasePath);
        (await http.GetStringAsync("/blog/posts/welcome/")).ShouldContain("<h1>Welcome: how this blog explains AI news</h1>");
        (await http.GetStringAsync("/blog/about/")).ShouldContain("About this blog");
        var css = await http.GetAsync(server.Current.Stylesheets["/blog/assets/site.css"]);
        css.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await css.Content.ReadAsByteArrayAsync()).ShouldBe(File.ReadAllBytes(Path.Combine(RepoRoot.Path, "templates/assets/site.css")));
    }

    [Fact]
    public async Task A_first_override_written_while_serving_reloads_the_pages_and_deleting_it_brings_the_built_in_file_back()
    {
        await using var browser = await LiveReloadStream.OpenAsync(http);
        await browser.NextAsync("hello");

        site.Write("templates/partials/footer.sbn-html", "<footer class=\"site-footer\">Our own footer</footer>\n");
        await browser.NextAsync("reload");
        (await http.GetStringAsync("/blog/about/")).ShouldContain("Our own footer");

        File.Delete(site.PathOf("templates/partials/footer.sbn-html"));
        await browser.NextAsync("reload");
        var page = await http.GetStringAsync("/blog/about/");
        page.ShouldNotContain("Our own footer");
        page.ShouldContain("class=\"footer-meta\"");
    }
}
