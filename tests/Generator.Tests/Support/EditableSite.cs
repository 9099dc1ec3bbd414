using Generator.Tests.WholeSite;

namespace Generator.Tests.Support;

/// <summary>
/// A small site with every kind of input, kept as records so that edits change one field and write the file again:
/// posts (one per page size on the home page, a draft, a scheduled one, in two languages when asked), glossary terms,
/// pages, menus, authors, categories and <c>params</c> in site.yml, the theme with its partials and i18n files, a
/// raster image the first post shows and a static file.
/// </summary>
public sealed class EditableSite : IDisposable
{
    public const int PerPage = 4;

    public sealed record PostFields(string File, string Title, string Date, string Body)
    {
        public string? Lang { get; init; }
        public bool Draft { get; init; }
        public string[] Tags { get; init; } = [];
        public string? Category { get; init; }
        public string Author { get; init; } = "ana";
        public string? Summary { get; init; }
        public string? Params { get; init; }
        public string? TranslationKey { get; init; }
        public string[] AlsoRead { get; init; } = [];
    }

    private readonly TestSite site;

    public EditableSite(bool twoLanguages)
    {
        TwoLanguages = twoLanguages;
        site = new TestSite(config: null);
        Posts.AddRange([
            new("2026-04-01-chips.md", "Chips explained", "2026-04-01", "Chips run on a GPU.\n\n![A chart](/images/chart.png)\n") { Tags = ["Chips"], Category = "tech", Summary = "What chips do." },
            new("2026-04-02-deal.md", "The deal", "2026-04-02", "::: why-it-matters\nIt ties a lab to a cloud.\n:::\n\n## Terms\n\nA benchmark.\n") { Tags = ["Cloud", "Chips"], Category = "policy" },
            new("2026-04-03-models.md", "Open models", "2026-04-03", "Models and a GPU.\n") { Tags = ["Models"], Author = "ben", Params = "{ series: \"Basics\" }" },
            new("2026-04-04-agents.md", "Agents", "2026-04-04", "Agents call tools.\n") { Category = "tech" },
            new("2026-04-05-draft.md", "A draft", "2026-04-05", "Not yet.\n") { Draft = true, Tags = ["Chips"] },
            new("2099-01-01-future.md", "From the future", "2099-01-01", "Later, on a GPU.\n") { Category = "tech" },
        ]);
        if (twoLanguages)
            Posts.AddRange([
                new("2026-04-02-deal.zh.md", "这笔交易", "2026-04-02", "亚马逊用GPU训练模型。\n") { Tags = ["芯片"], Category = "tech" },
                new("2026-04-03-training.md", "训练是什么", "2026-04-03", "模型要先训练。\n") { Lang = "zh", Tags = ["芯片"] },
            ]);
        foreach (var post in Posts) WritePost(post);
        Write("content/glossary/gpu.md", Term("GPU", "A chip for parallel maths."));
        Write("content/glossary/benchmark.md", Term("benchmark", "A standard test."));
        Write("content/pages/about.md", "---\ntitle: About\n---\nAbout us.\n");
        if (twoLanguages)
        {
            Write("content/glossary/gpu.zh.md", Term("GPU", "一种擅长并行计算的芯片。"));
            Write("content/pages/about.zh.md", "---\ntitle: 关于我们\n---\n关于我们。\n");
        }
        site.WriteBytes("content/images/chart.png", ImageBuildTests.Png(640, 360));
        site.WriteBytes("content/images/ana.png", ImageBuildTests.Png(128, 128));
        Write("content/files/note.txt", "A note.\n");
        WriteConfig();
    }

    public bool TwoLanguages { get; }

    public string Root => site.Root;

    public List<PostFields> Posts { get; } = [];

    public string Title { get; set; } = "Test News";

    public string BaseUrl { get; set; } = "https://example.github.io/ai-news/";

    public string AnaName { get; set; } = "Ana Example";

    public string TechName { get; set; } = "Tech Frontline";

    public string SiteParams { get; set; } = "{ tagline: \"Plain news\" }";

    public bool MenuHasAbout { get; set; }

    public bool AnaHasAvatar { get; set; }

    public static string Term(string term, string shortText) => $"---\nterm: {term}\nshort: \"{shortText}\"\n---\nThe long explanation of {term}.\n";

    public string PostPath(PostFields post) => "content/posts/" + post.File;

    public string Write(string relative, string text)
    {
        site.Write(relative, text);
        return relative;
    }

    public string WritePost(PostFields post)
    {
        var front = new List<string> { $"title: \"{post.Title}\"", $"date: {post.Date}", $"author: {post.Author}" };
        if (post.Lang is { } lang) front.Add($"lang: {lang}");
        if (post.Draft) front.Add("draft: true");
        if (post.Tags.Length > 0) front.Add("tags: [" + string.Join(", ", post.Tags.Select(t => $"\"{t}\"")) + "]");
        if (post.Category is { } category) front.Add($"category: {category}");
        if (post.Summary is { } summary) front.Add($"summary: \"{summary}\"");
        if (post.Params is { } parameters) front.Add($"params: {parameters}");
        if (post.TranslationKey is { } key) front.Add($"translation_key: {key}");
        if (post.AlsoRead.Length > 0) front.Add("also_read: [" + string.Join(", ", post.AlsoRead) + "]");
        return Write(PostPath(post), "---\n" + string.Join("\n", front) + "\n---\n" + post.Body);
    }

    public string WriteConfig()
    {
        string Named(string en, string zh) => TwoLanguages ? $"{{ en: \"{en}\", zh: \"{zh}\" }}" : $"\"{en}\"";
        var languages = TwoLanguages ? "languages:\n  - code: en\n    name: English\n  - code: zh\n    name: \"中文\"\n" : "";
        var menu = "menu:\n  - label: " + Named("Tags", "标签") + "\n    url: /tags/\n"
            + (MenuHasAbout ? "  - label: " + Named("About", "关于") + "\n    url: /about/\n" : "");
        return Write("site.yml", $"""
            title: "{Title}"
            description: "A test site."
            base_url: "{BaseUrl}"
            {languages}posts_per_page: {PerPage}
            categories:
              - id: tech
                name: {Named(TechName, "科技前沿")}
              - id: policy
                name: {Named("Policy & Law", "政策")}
            authors:
              - id: ana
                name: "{AnaName}"{(AnaHasAvatar ? "\n    avatar: /images/ana.png" : "")}
              - id: ben
                name: Ben Example
            {menu}params: {SiteParams}
            """ + "\n");
    }

    public void Delete(string relative) => File.Delete(Path.Combine(Root, relative));

    public void Dispose() => site.Dispose();
}
