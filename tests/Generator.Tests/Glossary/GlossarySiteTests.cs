using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Generator.Tests.Support;

namespace Generator.Tests.Glossary;

/// <summary>Whole builds of a small site: links in posts, backlinks on term pages, switched-off posts, bad glossaries.</summary>
public sealed class GlossarySiteTests : IDisposable
{
    private readonly TestSite site = new("title: \"Test Site\"\nbase_url: \"https://example.org/blog/\"\nauthors:\n  - id: ann\n    name: Ann\n");

    private string Output => site.Output;

    public GlossarySiteTests()
    {
        Write("content/glossary/gpu.md",
            "---\nterm: GPU\naliases: [\"graphics processing unit\"]\nshort: \"A chip that does many sums at once & fast.\"\n---\n"
            + "A GPU runs an AI agent's model.\n");
        Write("content/glossary/ai-agent.md",
            "---\nterm: AI agent\nshort: \"An AI system that takes actions.\"\n---\nAn AI agent often runs on GPUs.\n");
        Write("content/posts/2026-04-01-older.md", Post("Older", "2026-04-01", "AI agents need GPUs. A GPU is a chip."));
        Write("content/posts/2026-04-10-newer.md", Post("Newer", "2026-04-10", "## Why a GPU\n\nEvery GPU, every `GPU`, every GPU."));
        Write("content/posts/2026-04-05-switched-off.md", Post("Switched off", "2026-04-05", "A GPU and an AI agent.", "glossary: false\n"));
    }

    public void Dispose() => site.Dispose();

    [Fact]
    public void Post_links_the_first_occurrence_of_each_term_with_its_short_definition()
    {
        Build().Succeeded.ShouldBeTrue();
        var links = Page("posts/newer/index.html").QuerySelectorAll(".post-body a.glossary-term");
        var link = links.ShouldHaveSingleItem();
        link.GetAttribute("href").ShouldBe("/blog/glossary/gpu/");
        link.GetAttribute("data-short").ShouldBe("A chip that does many sums at once & fast.");
        link.TextContent.ShouldBe("GPU");
        link.ParentElement!.TagName.ShouldBe("P"); // not the heading that mentions it first
    }

    [Fact]
    public void Post_with_glossary_false_has_no_glossary_links()
    {
        Build().Succeeded.ShouldBeTrue();
        Page("posts/switched-off/index.html").QuerySelectorAll("a.glossary-term").ShouldBeEmpty();
    }

    [Fact]
    public void Term_page_lists_the_articles_that_link_it_newest_first()
    {
        Build().Succeeded.ShouldBeTrue();
        var backlinks = Page("glossary/gpu/index.html").QuerySelectorAll(".backlinks li a").Select(a => a.TextContent);
        backlinks.ShouldBe(["Newer", "Older"]);
        Page("glossary/ai-agent/index.html").QuerySelectorAll(".backlinks li a").Select(a => a.TextContent).ShouldBe(["Older"]);
    }

    [Fact]
    public void Term_page_links_other_terms_in_its_explanation_but_not_itself()
    {
        Build().Succeeded.ShouldBeTrue();
        var gpuPage = Page("glossary/gpu/index.html");
        gpuPage.QuerySelectorAll(".post-body a.glossary-term").Select(a => a.GetAttribute("href")).ShouldBe(["/blog/glossary/ai-agent/"]);
        gpuPage.QuerySelector(".aliases")!.TextContent.ShouldContain("graphics processing unit");
        Page("glossary/ai-agent/index.html").QuerySelectorAll(".post-body a.glossary-term").Select(a => a.GetAttribute("href"))
            .ShouldBe(["/blog/glossary/gpu/"]);
    }

    [Fact]
    public void Glossary_index_lists_terms_a_to_z_with_short_definitions_and_letter_anchors()
    {
        Build().Succeeded.ShouldBeTrue();
        var index = Page("glossary/index.html");
        index.QuerySelectorAll(".letters a").Select(a => a.GetAttribute("href")).ShouldBe(["#letter-a", "#letter-g"]);
        index.QuerySelectorAll("dt").Select(d => d.TextContent.Trim()).ShouldBe(["AI agent", "GPU"]);
        index.QuerySelectorAll("dd").Select(d => d.TextContent).ShouldBe(["An AI system that takes actions.", "A chip that does many sums at once & fast."]);
    }

    [Fact]
    public void Every_page_loads_the_glossary_popover_style_and_script()
    {
        Build().Succeeded.ShouldBeTrue();
        var page = Page("posts/older/index.html");
        page.QuerySelector("style[data-asset='glossary.css']")!.TextContent.ShouldContain(".glossary-popover");
        var js = page.QuerySelector("script[defer]")!.GetAttribute("src")!;
        File.Exists(Path.Combine(Output, js["/blog/".Length..])).ShouldBeTrue();
    }

    [Fact]
    public void Two_glossary_files_claiming_one_term_fail_the_build_naming_each_other()
    {
        Write("content/glossary/graphics-card.md",
            "---\nterm: graphics card\naliases:\n  - video card\n  - GPU\nshort: \"A card.\"\n---\n");
        var result = Build();
        result.Succeeded.ShouldBeFalse();
        result.Diagnostics.Select(d => d.ToString()).ShouldBe([
            "content/glossary/gpu.md:2:1: error GEN018: term 'GPU' is also claimed by content/glossary/graphics-card.md:5 "
            + "(alias 'GPU' of term 'graphics card'); a term or alias may belong to one glossary file only",
            "content/glossary/graphics-card.md:5:1: error GEN018: alias 'GPU' of term 'graphics card' is also claimed by "
            + "content/glossary/gpu.md:2 (term 'GPU'); a term or alias may belong to one glossary file only",
        ], ignoreOrder: true);
        Directory.Exists(Output).ShouldBeFalse();
    }

    [Fact]
    public void Standalone_page_links_terms_but_is_no_backlink()
    {
        Write("content/pages/about.md", "---\ntitle: About\n---\nWe explain every GPU we mention.\n");
        Build().Succeeded.ShouldBeTrue();
        Page("about/index.html").QuerySelectorAll("a.glossary-term").Select(a => a.GetAttribute("href")).ShouldBe(["/blog/glossary/gpu/"]);
        Page("glossary/gpu/index.html").QuerySelectorAll(".backlinks li a").Select(a => a.TextContent).ShouldNotContain("About");
    }

    private BuildResult Build() => site.Build();

    private IDocument Page(string relativePath) => new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(Output, relativePath)));

    private static string Post(string title, string date, string body, string extra = "") =>
        $"---\ntitle: \"{title}\"\ndate: {date}\nauthor: ann\n{extra}---\n{body}\n";

    private void Write(string relativePath, string text) => site.Write(relativePath, text);
}
