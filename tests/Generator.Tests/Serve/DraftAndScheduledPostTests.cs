using System.Text;
using Generator.Serve;
using Generator.Tests.Support;

namespace Generator.Tests.Serve;

public sealed class DraftAndScheduledPostTests : IDisposable
{
    private readonly FixtureSite site = new();

    public DraftAndScheduledPostTests()
    {
        site.Write("content/posts/2026-01-04-unfinished.md", FixtureSite.Post("Unfinished", "2026-01-04", "ada", "models", "Chips", "Draft text.", "draft: true"));
        site.Write("content/posts/2099-01-01-later.md", FixtureSite.Post("Later", "2099-01-01", "bo", "policy", "Rules", "Future text."));
    }

    public void Dispose() => site.Dispose();

    [Fact]
    public void Serve_shows_drafts_and_future_posts_with_a_badge()
    {
        var served = new SiteRebuilder(new ServeOptions(site.Root)).Rebuild([]).Site;

        Page(served, "posts/unfinished/index.html").ShouldContain("<span class=\"badge\">Draft</span>");
        Page(served, "posts/later/index.html").ShouldContain("<span class=\"badge\">Scheduled</span>");
        var home = Page(served, "index.html");
        home.ShouldContain("<span class=\"badge\">Draft</span>");
        home.ShouldContain("<span class=\"badge\">Scheduled</span>");
        Page(served, "posts/second/index.html").ShouldNotContain("class=\"badge\"");
    }

    [Fact]
    public void Serve_with_no_drafts_leaves_them_out_as_build_does()
    {
        var served = new SiteRebuilder(new ServeOptions(site.Root, ShowDrafts: false)).Rebuild([]).Site;

        served.Files.Keys.ShouldNotContain("posts/unfinished/index.html");
        served.Files.Keys.ShouldNotContain("posts/later/index.html");
        Page(served, "index.html").ShouldNotContain("class=\"badge\"");
    }

    private static string Page(ServedSite site, string path) => Encoding.UTF8.GetString(site.Files[path].Content);
}
