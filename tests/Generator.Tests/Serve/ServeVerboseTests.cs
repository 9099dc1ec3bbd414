using Generator.Serve;
using Generator.Tests.Support;

namespace Generator.Tests.Serve;

/// <summary><c>serve --verbose</c> says why each page was rendered again: the input the record names (issue 21 §2).</summary>
public sealed class ServeVerboseTests : IDisposable
{
    private const string Post = "content/posts/2026-04-20-deal.md";
    private readonly TestSite site = new();
    private readonly SiteRebuilder rebuilder;

    public ServeVerboseTests()
    {
        site.Post("2026-04-20-deal.md", "The deal", extra: "tags: [Chips]", body: "Intro.\n\nMore.");
        site.Post("2026-04-19-other.md", "Another story", date: "2026-04-19", extra: "tags: [Chips]");
        rebuilder = new SiteRebuilder(new ServeOptions(site.Root));
        rebuilder.Rebuild([]).Succeeded.ShouldBeTrue();
    }

    public void Dispose() => site.Dispose();

    private string Reported(IReadOnlyList<string> changed)
    {
        var outcome = rebuilder.Rebuild(changed);
        var terminal = new StringWriter();
        new ServeReporter(terminal, verbose: true).Rebuilt(changed, outcome);
        return terminal.ToString();
    }

    [Fact]
    public void A_partial_edit_names_the_partial_beside_every_page_it_rendered()
    {
        var footer = Path.Combine(site.Root, "templates/partials/footer.sbn-html");
        File.WriteAllText(footer, "<!-- edited -->\n" + File.ReadAllText(footer));

        var lines = Reported(["templates/partials/footer.sbn-html"]).Split('\n').Where(l => l.StartsWith("  /", StringComparison.Ordinal)).ToList();

        lines.ShouldNotBeEmpty();
        lines.ShouldAllBe(l => l.EndsWith(": templates/partials/footer.sbn-html changed", StringComparison.Ordinal));
    }

    [Fact]
    public void A_title_edit_names_the_post_on_its_page_and_its_card_on_the_lists()
    {
        var path = Path.Combine(site.Root, Post);
        File.WriteAllText(path, File.ReadAllText(path).Replace("The deal", "The big deal"));

        var printed = Reported([Post]);

        printed.ShouldContain($"  /ai-news/posts/deal/: {Post} changed; the card of {Post} changed");
        printed.ShouldContain($"  /ai-news/tags/chips/: the card of {Post} changed");
        // The other post's page shows the card in its related reading (and the title in its "newer" link).
        printed.ShouldContain($"  /ai-news/posts/other/: the card of {Post} changed");
    }

    [Fact]
    public void A_body_edit_on_the_fast_path_names_the_post()
    {
        var path = Path.Combine(site.Root, Post);
        File.WriteAllText(path, File.ReadAllText(path).Replace("More.", "Less."));

        Reported([Post]).ShouldContain($"  /ai-news/posts/deal/: the body of {Post} changed");
    }
}
