using System.Text;
using Generator.Serve;
using Generator.Tests.Support;

namespace Generator.Tests.Serve;

/// <summary>
/// The two edits issue 21 found serve going stale on: both change what the Markdown stage makes of an unchanged post,
/// through inputs its cache of conversions did not key on. After each, serve must show what a fresh build makes.
/// </summary>
public sealed class ServeStaleCaseTests : IDisposable
{
    private const string Post = "content/posts/2026-04-20-deal.md";
    private readonly TestSite site = new();
    private readonly SiteRebuilder rebuilder;

    public ServeStaleCaseTests()
    {
        site.Post("2026-04-20-deal.md", "The deal", body: "Intro.\n\n::: why-it-matters\nIt ties a lab to a cloud.\n:::\n\n## Sources heading\n\nMore.\n");
        rebuilder = new SiteRebuilder(new ServeOptions(site.Root));
        rebuilder.Rebuild([]).Succeeded.ShouldBeTrue();
    }

    public void Dispose() => site.Dispose();

    [Fact]
    public void Changing_a_callout_heading_in_the_i18n_file_shows_the_new_heading_in_unchanged_posts()
    {
        site.Replace("templates/i18n/en.yml", "why_it_matters: Why it matters", "why_it_matters: Why this matters");

        var outcome = rebuilder.Rebuild(["templates/i18n/en.yml"]);

        PostPage(outcome).ShouldContain("<h2 class=\"callout-title\">Why this matters</h2>");
        ShouldEqualAFreshBuild(outcome);
    }

    [Fact]
    public void An_id_added_to_a_template_moves_the_heading_id_that_would_collide_with_it()
    {
        PostPage(rebuilder.Current).ShouldContain("id=\"sources-heading-1\""); // the theme writes sources-heading already
        site.Replace("templates/post.sbn-html", "<article", "<p id=\"more\" hidden></p>\n<article");
        site.Replace(Post, "More.", "More.\n\n## More\n\nText.");
        PostPage(rebuilder.Rebuild([Post, "templates/post.sbn-html"])).ShouldContain("<h2 id=\"more-1\">");
        site.Replace("templates/post.sbn-html", "<p id=\"more\" hidden></p>\n", "");

        var outcome = rebuilder.Rebuild(["templates/post.sbn-html"]);

        PostPage(outcome).ShouldContain("<h2 id=\"more\">");
        ShouldEqualAFreshBuild(outcome);
    }

    private static string PostPage(RebuildOutcome outcome) => PostPage(outcome.Site);

    private static string PostPage(ServedSite served) => Encoding.UTF8.GetString(served.Files["posts/deal/index.html"].Content);

    private void ShouldEqualAFreshBuild(RebuildOutcome outcome)
    {
        outcome.Succeeded.ShouldBeTrue(string.Join("\n", outcome.Diagnostics));
        var full = SiteBuild.InMemory(new ServeOptions(site.Root).ToBuildOptions());
        foreach (var file in full.Files)
            Encoding.UTF8.GetString(outcome.Site.Files[file.Path].Content).ShouldBe(file.Content, file.Path);
    }
}
