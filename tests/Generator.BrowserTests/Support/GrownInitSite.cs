using Generator.Scaffold;
using Generator.Tests.Support;

namespace Generator.BrowserTests.Support;

/// <summary>
/// A blog made by <c>newsgen init</c> and grown the way authors grow one: a title longer than the example's, a second
/// language (中文, with a translated welcome post and About page), and a six-item menu labelled in both languages. Built with the built-in theme and served under
/// its base path, for the tests that sweep the header through every width.
/// </summary>
public sealed class GrownInitSite : IAsyncLifetime
{
    public const string BasePath = "/field-notes/";
    public const string Title = "Field Notes on Artificial Intelligence: the Weekly Explainer";

    private readonly string folder = Directory.CreateTempSubdirectory("newsgen-grown-").FullName;
    private StaticSite? server;

    public Uri Home { get; private set; } = null!;

    public string Url(string pathUnderBase) => new Uri(Home, pathUnderBase.TrimStart('/')).ToString();

    public async Task InitializeAsync()
    {
        if (Chromium.SkipReason is not null) return; // no browser, no test: save the work
        var root = Path.Combine(folder, "blog");
        var today = new DateOnly(2026, 11, 20);
        NewSite.Create(new NewSiteRequest(root, Title, $"https://example.github.io{BasePath}"), today).Succeeded.ShouldBeTrue();
        Grow(root, today);

        var output = Path.Combine(folder, "_site");
        var result = SiteBuild.Write(new BuildOptions(root, output, Now: new DateTimeOffset(2026, 11, 21, 0, 0, 0, TimeSpan.Zero)));
        result.Succeeded.ShouldBeTrue(string.Join("\n", TestSite.Errors(result)));
        server = await StaticSite.StartAsync(output, BasePath);
        Home = server.Home;
    }

    private static void Grow(string root, DateOnly today)
    {
        var siteYml = Path.Combine(root, "site.yml");
        // init writes the menu commented out (the default navigation is per language); a grown blog chooses its six
        // links, labelled in both languages, and translates About so that the menu leads somewhere in each.
        var yml = File.ReadAllText(siteYml)
            .Replace("language: en\n", "languages:\n  - code: en\n    name: English\n  - code: zh\n    name: \"中文\"\n")
            .Replace("# menu:\n", """
                menu:
                  - { label: { en: Tags, zh: 标签 }, url: /tags/, weight: 10 }
                  - { label: { en: Glossary, zh: 术语表 }, url: /glossary/, weight: 20 }
                  - { label: { en: Search, zh: 搜索 }, url: /search/, weight: 30 }
                  - { label: { en: About, zh: 关于 }, url: /about/, weight: 40 }
                  - { label: { en: Newsletter archive, zh: 往期通讯 }, url: "https://example.com/newsletter/archive", weight: 50 }
                  - { label: { en: Contact the editors, zh: 联系编辑 }, url: "mailto:editors@example.com", weight: 60 }
                # menu:

                """.ReplaceLineEndings("\n"));
        yml.ShouldContain("Contact the editors");
        File.WriteAllText(siteYml, yml);
        File.WriteAllText(Path.Combine(root, "content", "pages", "about.zh.md"), "---\ntitle: 关于本站\n---\n用大白话讲清楚人工智能新闻。\n");

        File.WriteAllText(Path.Combine(root, "content", "posts", $"{today:yyyy-MM-dd}-welcome.zh.md"), $"""
            ---
            title: "欢迎：这个博客如何用大白话讲清楚人工智能新闻"
            date: {today:yyyy-MM-dd}
            author: editor
            category: spotlight
            tags: ["关于本站"]
            summary: "每篇文章回答三个问题：发生了什么、为什么重要、读懂这条新闻需要哪些词。"
            ---
            每篇文章先说发生了什么，再说为什么重要。

            ## 为什么重要

            读者需要的不是更多新闻，而是把新闻讲清楚。
            """.ReplaceLineEndings("\n"));
    }

    public async Task DisposeAsync()
    {
        if (server is not null) await server.DisposeAsync();
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }
}
