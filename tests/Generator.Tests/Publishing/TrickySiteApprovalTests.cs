using Generator.Rendering;
using Generator.Tests.Support;

namespace Generator.Tests.Publishing;

/// <summary>
/// A small site written here to hit the edges of publishing, approved beside the example blog: HTML-special characters
/// in titles, names and tags, a Chinese tag (人工智能), lists of exactly posts_per_page posts and of one more, built for
/// a project site under /ai-news/ and for a custom domain at its root. Approve intended changes with tests/approve.sh.
/// </summary>
public class TrickySiteApprovalTests
{
    private static readonly Lazy<BuildResult> ProjectSite = new(() => Build("base_url: \"https://example.github.io/ai-news/\""));
    private static readonly Lazy<BuildResult> CustomDomain = new(() => Build("base_url: \"https://news.example.com/\"\ncname: news.example.com"));

    /// <summary>What is approved: every file's path, and the files where the edges show.</summary>
    private static readonly (string Variant, string Name, string Path)[] Snapshots =
    [
        ("project", "home", "index.html"),
        ("project", "home-page-2", "page/2/index.html"),
        ("project", "post-escaping", "posts/escaping/index.html"),
        ("project", "tag-cjk", "tags/人工智能/index.html"),
        ("project", "tag-csharp-page-2", "tags/c-net/page/2/index.html"),
        ("project", "tags", "tags/index.html"),
        ("project", "feed", "feed.xml"),
        ("project", "sitemap", "sitemap.xml"),
        ("project", "search-index", "search-index.json"),
        ("custom-domain", "home", "index.html"),
        ("custom-domain", "post-escaping", "posts/escaping/index.html"),
        ("custom-domain", "feed", "feed.xml"),
        ("custom-domain", "sitemap", "sitemap.xml"),
        ("custom-domain", "robots", "robots.txt"),
        ("custom-domain", "cname", "CNAME"),
    ];

    public static TheoryData<string, string> Approved()
    {
        var data = new TheoryData<string, string>();
        foreach (var (variant, name, _) in Snapshots) data.Add(variant, name);
        data.Add("project", "files");
        data.Add("custom-domain", "files");
        return data;
    }

    [Theory]
    [MemberData(nameof(Approved))]
    public void Tricky_site_output_matches_approved(string variant, string name)
    {
        var files = Result(variant).Files;
        var (content, extension) = name == "files"
            ? (string.Join('\n', files.Select(f => f.Path).Order(StringComparer.Ordinal)) + "\n", "txt")
            : Snapshot(files, Snapshots.Single(s => s.Variant == variant && s.Name == name).Path);
        InlineStyles.Scrub(content).ShouldMatchApproved(c => c.NoDiff().SubFolder("approved").WithFileExtension(extension)
            .WithFilenameGenerator((_, _, type, ext) => $"tricky-{variant}~{name}.{type}.{ext}"));
    }

    /// <summary>Text from site.yml, front matter and glossary files that would be markup if it were not escaped.</summary>
    private static readonly string[] Unescaped =
        ["<script>alert(", "<News>", "<b>tests</b>", "<Law>", "<em>tests</em>", "<i>tags</i>", "<many>", "<b>bold</b>", "C# & .NET"];

    [Theory]
    [InlineData("project")]
    [InlineData("custom-domain")]
    public void Tricky_site_builds_cleanly_and_escapes_titles_names_summaries_and_tags(string variant)
    {
        var result = Result(variant);
        result.Diagnostics.Select(d => d.ToString()).ShouldBeEmpty();
        foreach (var file in result.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)))
            foreach (var text in Unescaped) file.Content.ShouldNotContain(text, Case.Sensitive, file.Path);
    }

    [Fact]
    public void Tag_names_in_post_cards_are_escaped()
    {
        foreach (var file in ProjectSite.Value.Files.Where(f => ListsPostCards(f.Path)))
            foreach (var text in Unescaped) file.Content.ShouldNotContain(text, Case.Sensitive, file.Path);
    }

    private static bool ListsPostCards(string path) =>
        path == "index.html" || path.StartsWith("page/", StringComparison.Ordinal)
        || (path.Split('/') is [("tags" or "categories" or "authors"), _, ..] && path.EndsWith(".html", StringComparison.Ordinal));

    [Theory]
    [InlineData("project")]
    [InlineData("custom-domain")]
    public void A_list_of_exactly_posts_per_page_posts_has_one_page_and_one_more_post_makes_two(string variant)
    {
        var paths = Result(variant).Files.Select(f => f.Path).ToHashSet();
        paths.ShouldContain("tags/人工智能/index.html");
        paths.ShouldNotContain("tags/人工智能/page/2/index.html");
        paths.ShouldContain("categories/policy/index.html");
        paths.ShouldNotContain("categories/policy/page/2/index.html");
        paths.ShouldContain("tags/c-net/page/2/index.html");
        paths.ShouldNotContain("tags/c-net/page/3/index.html");
        paths.ShouldContain("page/2/index.html");
        paths.ShouldNotContain("page/3/index.html");
    }

    [Fact]
    public void The_custom_domain_site_has_cname_and_no_project_path()
    {
        var files = CustomDomain.Value.Files;
        files.Single(f => f.Path == "CNAME").Content.ShouldBe("news.example.com\n");
        files.ShouldAllBe(f => !f.Content.Contains("/ai-news/"));
        ProjectSite.Value.Files.ShouldNotContain(f => f.Path == "CNAME");
    }

    private static BuildResult Result(string variant) => variant == "project" ? ProjectSite.Value : CustomDomain.Value;

    private static (string Content, string Extension) Snapshot(IReadOnlyList<OutputFile> files, string path)
    {
        var file = files.SingleOrDefault(f => f.Path == path) ?? throw new ShouldAssertException($"the build has no {path}");
        var extension = Path.GetExtension(path).TrimStart('.');
        return (file.Content, extension.Length == 0 ? "txt" : extension);
    }

    private static BuildResult Build(string urlLines)
    {
        using var site = new TestSite($$"""
            title: "Tom & Jerry's <News> \"Desk\""
            description: "Escaping <b>tests</b> & more."
            {{urlLines}}
            posts_per_page: 2
            categories:
              - id: policy
                name: "Policy & <Law>"
            authors:
              - id: ana
                name: "Ana \"Quotes\" O'Neil"
                bio: "Writes <em>tests</em> & fixes."
            """);
        site.Post("2026-04-01-escaping.md", "<script>alert(\\\"x\\\")</script> & \\\"quotes\\\"", date: "2026-04-01",
                extra: "tags: [\"人工智能\", \"C# & .NET\", \"<b>bold</b>\"]\ncategory: policy\nsummary: \"Summary with <i>tags</i> & ampersands.\"",
                body: "Text with <b>raw</b> HTML, a [GPU](/glossary/gpu/) link and `<code>` & more.")
            .Post("2026-04-02-cjk.md", "人工智能的新闻", date: "2026-04-02",
                extra: "tags: [\"人工智能\", \"C# & .NET\"]\nsummary: \"中文摘要。\"", body: "人工智能正在改变世界。GPUs 很重要。")
            .Post("2026-04-03-third.md", "Third & last", date: "2026-04-03",
                extra: "tags: [\"C# & .NET\"]\ncategory: policy\nsummary: \"The third post.\"")
            .Write("content/glossary/gpu.md", "---\nterm: \"GPU\"\naliases: [\"GPUs\"]\nshort: \"A chip for <many> sums & more.\"\n---\nGraphics processors.\n");
        return site.Build(write: false);
    }
}
