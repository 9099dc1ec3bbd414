using Generator.Output;
using Generator.Scaffold;
using Generator.Tests.Support;

namespace Generator.Tests.WholeSite;

/// <summary>
/// A site of two languages is two languages all the way: menus, "Your interests" and "For you", the interface strings
/// the generator writes into Markdown, heading ids, file suffixes, the language switch and the 404 page.
/// </summary>
public class BothLanguagesTests
{
    private const string Menu = """

        menu:
          - label: { en: "Topics", zh: "话题" }
            url: /tags/
          - label: About
            url: /about/
          - label: Newsletter
            url: "https://example.com/newsletter"
        """;

    private static string Read(BuildResult result, string path) => result.Files.Single(f => f.Path == path).Content;

    [Fact]
    public void Menu_labels_are_given_per_language_and_a_plain_label_serves_every_language()
    {
        using var site = MultilingualSite.Create();
        site.Write("site.yml", MultilingualSite.Config + Menu);
        var result = site.Build(write: false);
        TestSite.Errors(result).ShouldBeEmpty();
        Read(result, "index.html").ShouldContain(
            "<li><a href=\"/ai-news/tags/\">Topics</a></li><li><a href=\"/ai-news/about/\">About</a></li><li><a href=\"https://example.com/newsletter\">Newsletter</a></li>");
        Read(result, "zh/index.html").ShouldContain(
            "<li><a href=\"/ai-news/zh/tags/\">话题</a></li><li><a href=\"/ai-news/zh/about/\">About</a></li><li><a href=\"https://example.com/newsletter\">Newsletter</a></li>");
    }

    [Fact]
    public void A_menu_entry_whose_page_a_language_lacks_is_an_error_at_its_url_in_site_yml()
    {
        using var site = MultilingualSite.Create();
        File.Delete(Path.Combine(site.Root, "content/pages/about.zh.md"));
        site.Write("site.yml", MultilingualSite.Config + Menu);
        var result = site.Build(write: false);
        result.Succeeded.ShouldBeFalse();
        TestSite.Errors(result).ShouldBe([
            "site.yml:21:10: error GEN016: menu entry 'About' links to /about/, which is not a page of the site in 中文 (zh): "
            + "/ai-news/zh/about/ does not exist; add the page in zh (e.g. a file ending in .zh.md, or 'lang: zh'), use an absolute URL, or remove the entry"]);
    }

    [Fact]
    public void A_menu_entry_to_a_missing_page_of_a_one_language_site_is_an_error_with_the_closest_page()
    {
        using var site = new TestSite(TestSite.DefaultConfig + "\nmenu:\n  - label: About\n    url: /abuot/\n");
        site.Post("2026-04-01-a.md", "A").Write("content/pages/about.md", "---\ntitle: About\n---\nText\n");
        TestSite.Errors(site.Build(write: false)).ShouldBe([
            "site.yml:17:10: error GEN016: menu entry 'About' links to /abuot/, which is not a page of the site (did you mean '/ai-news/about/'?); add the page, correct the URL, or remove the entry"]);
    }

    [Fact]
    public void Menu_entries_to_generated_sections_feeds_and_files_of_content_need_no_page_of_their_own()
    {
        using var site = MultilingualSite.Create();
        site.WriteBytes("content/files/press-kit.pdf", [0x25, 0x50, 0x44, 0x46])
            .Write("site.yml", MultilingualSite.Config + """

                menu:
                  - { label: Glossary, url: /glossary/ }
                  - { label: Search, url: "/search/?q=chips" }
                  - { label: Tech, url: /categories/tech/ }
                  - { label: Feed, url: /feed.xml }
                  - { label: Press kit, url: /files/press-kit.pdf }
                """);
        var result = site.Build(write: false);
        TestSite.Errors(result).ShouldBeEmpty();
        var zh = Read(result, "zh/index.html");
        zh.ShouldContain("<a href=\"/ai-news/zh/search/?q=chips\">Search</a>");
        zh.ShouldContain("<a href=\"/ai-news/zh/feed.xml\">Feed</a>");
        zh.ShouldContain("<a href=\"/ai-news/files/press-kit.pdf\">Press kit</a>"); // a file is the site's, in every language
    }

    [Fact]
    public void An_init_blog_given_a_second_language_builds_with_a_menu_in_each_language()
    {
        var root = Directory.CreateTempSubdirectory("newsgen-init-zh-").FullName;
        try
        {
            var blog = Path.Combine(root, "blog");
            NewSite.Create(new NewSiteRequest(blog, "AI News", "https://example.github.io/blog/"), new DateOnly(2026, 5, 4)).Succeeded.ShouldBeTrue();
            var yml = Path.Combine(blog, "site.yml");
            File.WriteAllText(yml, File.ReadAllText(yml).Replace("language: en\n", "languages:\n  - code: en\n    name: English\n  - code: zh\n    name: \"中文\"\n"));
            var result = SiteBuild.InMemory(new BuildOptions(blog, Path.Combine(root, "_site"), Now: new DateTimeOffset(2026, 5, 5, 0, 0, 0, TimeSpan.Zero)));
            TestSite.Errors(result).ShouldBeEmpty();
            Read(result, "index.html").ShouldContain("<li><a href=\"/blog/search/\">Search</a></li><li><a href=\"/blog/about/\">About this blog</a></li>");
            var zh = Read(result, "zh/index.html");
            zh.ShouldContain("<li><a href=\"/blog/zh/tags/\">标签</a></li><li><a href=\"/blog/zh/glossary/\">术语表</a></li><li><a href=\"/blog/zh/search/\">搜索</a></li>");
            zh.ShouldNotContain("/blog/zh/about/"); // About is not translated yet: the Chinese menu leaves it out
        }
        finally { Directory.Delete(root, recursive: true); }
    }

    [Fact]
    public void Chinese_pages_load_a_Chinese_follow_index_with_Chinese_names_posts_and_dates()
    {
        using var site = MultilingualSite.Create();
        var result = site.Build(write: false);
        Read(result, "zh/index.html").ShouldContain("data-follow-index=\"/ai-news/zh/follow-index.json\" data-followed-note=\"（已关注）\"");
        Read(result, "index.html").ShouldContain("data-follow-index=\"/ai-news/follow-index.json\" data-followed-note=\" (followed)\"");
        var zh = FollowIndex.Read(Read(result, "zh/follow-index.json"))!;
        zh.Topics["tag:芯片"].ShouldBe(new FollowTopic("芯片", "/ai-news/zh/tags/芯片/"));
        zh.Topics["category:tech"].Name.ShouldBe("科技前沿");
        zh.Topics.Keys.ShouldNotContain("tag:chips");
        zh.Posts.Select(p => p.Title).ShouldBe(["推理", "训练是什么", "这笔交易"]);
        zh.Posts.Single(p => p.Title == "这笔交易").Date.ShouldBe("2026年4月20日");
        zh.Posts.Single(p => p.Title == "训练是什么").Keys.ShouldBe(["tag:芯片"]);
        FollowIndex.Read(Read(result, "follow-index.json"))!.Posts.Select(p => p.Title).ShouldBe(["Chips explained", "The deal"]);
    }

    [Fact]
    public void Heading_anchors_and_table_boxes_are_named_in_the_language_of_the_page()
    {
        using var site = MultilingualSite.Create();
        site.Post("2026-04-24-table.zh.md", "表", body: "## 数据\n\n| 甲 | 乙 |\n|---|---|\n| 1 | 2 |\n")
            .Post("2026-04-24-table.md", "Table", body: "## Data\n\n| A | B |\n|---|---|\n| 1 | 2 |\n");
        var result = site.Build(write: false);
        var zh = Read(result, "zh/posts/table/index.html");
        zh.ShouldContain("<span class=\"visually-hidden\">链接到本节</span>");
        zh.ShouldContain("role=\"region\" aria-label=\"表格\"");
        zh.ShouldNotContain("Link to this section");
        var en = Read(result, "posts/table/index.html");
        en.ShouldContain("<span class=\"visually-hidden\">Link to this section</span>");
        en.ShouldContain("role=\"region\" aria-label=\"Table\"");
    }

    [Theory]
    [InlineData("2026-04-20-deal.cn.md", "cn", "zh")]
    [InlineData("2026-04-20-deal.zh-tw.md", "zh-tw", "zh")]
    [InlineData("2026-04-20-deal.ch.md", "ch", "zh")]
    [InlineData("2026-04-20-deal.EN.md", "EN", "en")]
    public void A_post_file_suffix_naming_a_language_the_site_lacks_is_an_error_at_the_file_with_the_language_meant(string file, string suffix, string meant)
    {
        using var site = new TestSite(MultilingualSite.Config);
        site.Post(file, "Deal");
        var result = site.Build(write: false);
        result.Succeeded.ShouldBeFalse();
        TestSite.Errors(result).ShouldBe([
            $"content/posts/{file}:1:1: error GEN032: the file name ends in '.{suffix}.md', a language the site does not have (did you mean .{meant}.md?); "
            + $"the site's languages are en, zh (site.yml). Rename the file, or set 'slug:' in the front matter if '.{suffix}' is part of its name"]);
    }

    [Fact]
    public void Dotted_slugs_that_are_no_language_code_and_suffixes_with_a_slug_of_their_own_stay_posts()
    {
        using var site = new TestSite(MultilingualSite.Config);
        site.Post("2026-04-20-kimi-k2.6.md", "Kimi").Post("2026-04-21-gpt-4.1.md", "GPT")
            .Post("2026-04-22-node.js.md", "Node", extra: "slug: node-js");
        var result = site.Build(write: false);
        TestSite.Errors(result).ShouldBeEmpty();
        result.Files.Select(f => f.Path).ShouldContain("posts/kimi-k2-6/index.html");
        result.Files.Select(f => f.Path).ShouldContain("posts/gpt-4-1/index.html");
        result.Files.Select(f => f.Path).ShouldContain("posts/node-js/index.html");
    }

    [Fact]
    public void A_one_language_site_keeps_reading_dotted_file_names_as_it_always_did()
    {
        using var site = new TestSite();
        site.Post("2026-04-20-deal.cn.md", "Deal");
        var result = site.Build(write: false);
        TestSite.Errors(result).ShouldBeEmpty();
        result.Files.Select(f => f.Path).ShouldContain("posts/deal-cn/index.html");
    }

    [Fact]
    public void The_language_switch_of_an_untranslated_page_says_so_and_opens_the_translation_of_its_section()
    {
        using var site = MultilingualSite.Create();
        site.Post("2026-04-25-cloud.md", "Cloud only in English", extra: "category: tech\ntags: [\"Cloud\"]");
        var result = site.Build(write: false);
        const string note = "this page has no 中文 translation; the link opens the nearest 中文 page";
        Read(result, "posts/cloud/index.html").ShouldContain(
            $"<a href=\"/ai-news/zh/categories/tech/\" hreflang=\"zh\" lang=\"zh\" title=\"{note}\"><span class=\"lang-long\">中文</span><span class=\"lang-short\" aria-hidden=\"true\">中文</span><span class=\"visually-hidden\" lang=\"en\">: {note}</span></a>");
        Read(result, "tags/cloud/index.html").ShouldContain($"<a href=\"/ai-news/zh/tags/\" hreflang=\"zh\" lang=\"zh\" title=\"{note}\">");
        Read(result, "posts/chips/index.html").ShouldContain($"<a href=\"/ai-news/zh/\" hreflang=\"zh\" lang=\"zh\" title=\"{note}\">"); // no category: the home
        Read(result, "zh/posts/training/index.html").ShouldContain(
            "<a href=\"/ai-news/\" hreflang=\"en\" lang=\"en\" title=\"本页没有English版本，链接打开最接近的English页面\">");
        Read(result, "posts/deal/index.html").ShouldContain("<a href=\"/ai-news/zh/posts/deal/\" hreflang=\"zh\" lang=\"zh\" rel=\"alternate\"><span class=\"lang-long\">中文</span><span class=\"lang-short\" aria-hidden=\"true\">中文</span></a>");
    }

    [Fact]
    public void Each_language_has_its_own_404_page_and_neither_is_in_the_sitemap()
    {
        using var site = MultilingualSite.Create();
        var result = site.Build(write: false);
        var zh = Read(result, "zh/404.html");
        zh.ShouldContain("<html lang=\"zh\">");
        zh.ShouldContain("找不到页面");
        zh.ShouldContain("<a href=\"/ai-news/404.html\" hreflang=\"en\" lang=\"en\" rel=\"alternate\">");
        Read(result, "404.html").ShouldContain("<html lang=\"en\">");
        var sitemap = Read(result, "sitemap.xml");
        sitemap.ShouldNotContain("404.html");
    }
}
