using Generator.Content;
using Generator.Output;
using Generator.Rendering;
using Generator.Site;
using Generator.Tests.Support;

namespace Generator.Tests.Rendering;

/// <summary>
/// Escaped by default: every string a view exposes, set to hostile text, comes out escaped from every template and
/// every partial (nested ones included); only HtmlString values (rendered Markdown, JSON-LD, partials) are written raw.
/// </summary>
public class EscapingTests
{
    private const string Hostile = "<script>\"'&";
    private const string Escaped = "&lt;script&gt;&quot;&#x27;&amp;";

    /// <summary>Which model each page template receives; checked against the theme's list below.</summary>
    private static readonly Dictionary<string, Type> ModelOf = new()
    {
        ["home"] = typeof(ListModel), ["tag"] = typeof(ListModel), ["category"] = typeof(ListModel), ["author"] = typeof(ListModel),
        ["post"] = typeof(PostModel), ["tags"] = typeof(TagIndexModel), ["glossary"] = typeof(GlossaryIndexModel),
        ["term"] = typeof(TermModel), ["page"] = typeof(PageModel), ["404"] = typeof(NotFoundModel), ["search"] = typeof(SearchModel),
    };

    /// <summary>Text only each partial writes, to show every partial was rendered with hostile data.</summary>
    private static readonly Dictionary<string, string> PartialMarker = new()
    {
        ["header"] = "class=\"site-header\"", ["footer"] = "class=\"site-footer\"", ["pagination"] = "class=\"pagination\"",
        ["post-card"] = "<article class=\"post-card", ["tag-list"] = "class=\"tags\"", ["image"] = " sizes=\"",
        ["byline"] = "class=\"meta byline\"", ["lead-story"] = "class=\"lead-story", ["follow-button"] = "class=\"follow-button\"",
        ["interests"] = "class=\"prefs\"", ["avatar"] = "class=\"avatar",
    };

    private static Dictionary<string, string> RenderEveryTemplate(bool full)
    {
        var diagnostics = new DiagnosticBag();
        var urls = new SiteUrls(new Uri("https://example.github.io/ai-news/"));
        var theme = ThemeFiles.Of(RepoRoot.Path);
        var assets = AssetManifest.Scan(theme);
        var templates = TemplateSet.Load(theme, new ThemeFunctions(urls, assets.OutputNames, assets.TryRead), diagnostics);
        diagnostics.All.ShouldBeEmpty();
        var renderer = new PageRenderer(urls, templates!, diagnostics);
        var views = new ViewPopulator(Hostile, full);
        var outputs = new Dictionary<string, string>();
        foreach (var (template, modelType) in ModelOf)
        {
            var model = (IPageModel)typeof(ViewPopulator).GetMethod(nameof(ViewPopulator.Make))!.MakeGenericMethod(modelType).Invoke(views, [])!;
            var file = renderer.Render(new PageJob($"/ai-news/{template}/", template, model, views.Make<PageMeta>()));
            diagnostics.All.ShouldBeEmpty($"{template}: {string.Join("\n", diagnostics.All)}");
            outputs[template] = file!.Content;
        }
        return outputs;
    }

    [Fact]
    public void Every_page_template_is_covered()
    {
        ModelOf.Keys.Append("layout").ShouldBe(TemplateSet.RequiredTemplates, ignoreOrder: true);
        Directory.GetFiles(Path.Combine(RepoRoot.Path, TemplateSet.PartialFolder), "*" + TemplateSet.Extension)
            .Select(f => Path.GetFileName(f)[..^TemplateSet.Extension.Length])
            .ShouldBe(PartialMarker.Keys, ignoreOrder: true);
    }

    [Fact]
    public void Hostile_text_in_every_field_is_escaped_by_every_template_and_partial()
    {
        var outputs = RenderEveryTemplate(full: true);
        foreach (var (template, html) in outputs)
        {
            html.ShouldNotContain(Hostile, customMessage: template);
            html.ShouldNotContain("<script>\"", customMessage: template);
            html.ShouldContain(Escaped, customMessage: template);
            html.ShouldNotContain("&amp;lt;", customMessage: $"{template} escapes twice");
            html.ShouldContain(ViewPopulator.HtmlMarker, customMessage: $"{template} must write rendered HTML as it is");
        }
        foreach (var (partial, marker) in PartialMarker)
            outputs.Values.ShouldContain(html => html.Contains(marker), $"partial {partial} was not rendered");
    }

    [Fact]
    public void Every_template_renders_when_every_optional_value_is_missing()
    {
        var outputs = RenderEveryTemplate(full: false);
        outputs.Keys.ShouldBe(ModelOf.Keys, ignoreOrder: true);
    }

    [Fact]
    public void Hostile_front_matter_is_escaped_on_every_page_of_a_built_site()
    {
        const string tag = "Tag <img src=x onerror=alert(1)>";
        using var site = new TestSite("""
            title: "Site <script>\"'&"
            description: "Desc <script>\"'&"
            base_url: "https://example.github.io/ai-news/"
            categories:
              - id: tech
                name: "Cat <script>\"'&"
                description: "About <script>\"'&"
            authors:
              - id: ana
                name: "Ana <script>\"'&"
                bio: "Bio <script>\"'&"
            newsletter:
              text: "News <script>\"'&"
              url: "https://example.com/n?a=1&b=2"
              label: "Join <script>\"'&"
            """);
        site.Post("2026-04-01-a.md", "Title <script>\\\"'&", extra: $"""
            category: tech
            tags: ["{tag}", "Other <script>\"'&"]
            summary: "Sum <script>\"'&"
            sources:
              - title: "Src <script>\"'&"
                url: "https://example.com/?q=<script>"
            faq:
              - q: "Q <script>\"'&"
                a: "A <script>\"'&"
            """)
            .Write("content/glossary/gpu.md", "---\nterm: \"GPU <script>\\\"'&\"\naliases: [\"G <script>\"]\nshort: \"Short <script>\\\"'&\"\n---\nText\n")
            .Write("content/pages/about.md", "---\ntitle: \"About <script>\\\"'&\"\n---\nText\n");
        var result = site.Build(write: false);
        TestSite.Errors(result).ShouldBeEmpty();
        var pages = result.Files.Where(f => f.Path.EndsWith(".html")).ToList();
        pages.Count.ShouldBeGreaterThan(10);
        foreach (var page in pages)
        {
            page.Content.ShouldNotContain("<img src=x", customMessage: page.Path);
            page.Content.ShouldNotContain("<script>\"", customMessage: page.Path);
            page.Content.ShouldNotContain("<script>&", customMessage: page.Path);
        }
        foreach (var path in new[] { "index.html", "tags/tag-img-src-x-onerror-alert-1/index.html", "authors/ana/index.html", "posts/a/index.html" })
            pages.Single(p => p.Path == path).Content.ShouldContain("Tag &lt;img src=x onerror=alert(1)&gt;");
    }
}
