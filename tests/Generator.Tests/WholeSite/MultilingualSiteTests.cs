using Generator.Output;
using Generator.Rendering;
using Generator.Tests.Support;

namespace Generator.Tests.WholeSite;

/// <summary>Two languages end to end: URLs, per-language lists and feeds, translations, hreflang, dates, glossary and search.</summary>
public class MultilingualSiteTests
{
    private static readonly Lazy<(TestSite Site, BuildResult Result)> Built = new(() =>
    {
        var site = MultilingualSite.Create();
        return (site, site.Build(write: false));
    });

    private static BuildResult Result => Built.Value.Result;

    private static string Page(string path) => Result.Files.Single(f => f.Path == path).Content;

    [Fact]
    public void A_two_language_site_builds_without_errors_or_warnings()
    {
        Result.Diagnostics.Select(d => d.ToString()).ShouldBeEmpty();
    }

    [Fact]
    public void The_default_language_lives_at_the_root_and_the_other_under_its_code()
    {
        var paths = Result.Files.Select(f => f.Path).ToList();
        paths.ShouldContain("posts/deal/index.html");
        paths.ShouldContain("zh/posts/deal/index.html");
        paths.ShouldContain("zh/posts/training/index.html");
        paths.ShouldNotContain("posts/training/index.html");
        paths.ShouldContain("about/index.html");
        paths.ShouldContain("zh/about/index.html");
        paths.ShouldContain("404.html");
        paths.ShouldContain("zh/404.html");
        paths.Count(p => p.EndsWith("sitemap.xml")).ShouldBe(1);
    }

    [Fact]
    public void Every_page_has_the_html_lang_of_its_language()
    {
        foreach (var file in Result.Files.Where(f => f.Path.EndsWith(".html")))
            file.Content.ShouldContain(file.Path.StartsWith("zh/") ? "<html lang=\"zh\">" : "<html lang=\"en\">", customMessage: file.Path);
    }

    [Fact]
    public void Each_language_has_its_own_home_lists_and_tags()
    {
        var home = Page("index.html");
        home.ShouldContain("The deal");
        home.ShouldNotContain("这笔交易");
        var zhHome = Page("zh/index.html");
        zhHome.ShouldContain("这笔交易");
        zhHome.ShouldContain("训练是什么");
        zhHome.ShouldNotContain("Chips explained");
        Page("zh/categories/tech/index.html").ShouldContain("科技前沿");
        Page("categories/tech/index.html").ShouldContain("Tech Frontline");
        Page("zh/tags/芯片/index.html").ShouldContain("训练是什么");
        Result.Files.ShouldNotContain(f => f.Path == "tags/芯片/index.html");
        Result.Files.ShouldNotContain(f => f.Path == "zh/tags/chips/index.html");
    }

    [Fact]
    public void Each_language_has_its_own_feeds_in_its_language()
    {
        var feed = Page("zh/feed.xml");
        feed.ShouldContain("这笔交易");
        feed.ShouldContain("https://example.github.io/ai-news/zh/posts/deal/");
        feed.ShouldNotContain("Chips explained");
        Page("zh/rss.xml").ShouldContain("<language>zh</language>");
        Page("feed.xml").ShouldNotContain("这笔交易");
        Page("zh/tags/芯片/feed.xml").ShouldContain("标签为“芯片”的文章。");
    }

    [Fact]
    public void The_sitemap_lists_both_languages_with_hreflang_alternates()
    {
        var sitemap = Page("sitemap.xml");
        sitemap.ShouldContain("xmlns:xhtml=\"http://www.w3.org/1999/xhtml\"");
        sitemap.ShouldContain("<loc>https://example.github.io/ai-news/zh/posts/training/</loc>");
        var deal = Entry(sitemap, "https://example.github.io/ai-news/posts/deal/");
        deal.ShouldContain("<xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"https://example.github.io/ai-news/posts/deal/\" />");
        deal.ShouldContain("<xhtml:link rel=\"alternate\" hreflang=\"zh\" href=\"https://example.github.io/ai-news/zh/posts/deal/\" />");
        Entry(sitemap, "https://example.github.io/ai-news/zh/posts/training/").ShouldNotContain("hreflang");
        Entry(sitemap, "https://example.github.io/ai-news/tags/chips/").ShouldContain("hreflang=\"zh\" href=\"https://example.github.io/ai-news/zh/tags/%E8%8A%AF%E7%89%87/\"");
    }

    [Fact]
    public void Dates_reading_time_and_callouts_speak_the_page_language()
    {
        var post = Page("zh/posts/deal/index.html");
        post.ShouldContain("2026年4月20日");
        post.ShouldContain("阅读约 1 分钟");
        Page("posts/deal/index.html").ShouldContain("20 April 2026");
    }

    [Fact]
    public void Chinese_glossary_terms_match_inside_Chinese_text_and_English_terms_on_their_own_boundaries()
    {
        var post = Page("zh/posts/deal/index.html");
        post.ShouldContain("用<a class=\"glossary-term\" href=\"/ai-news/zh/glossary/gpu/\"");
        post.ShouldContain("<a class=\"glossary-term\" href=\"/ai-news/zh/glossary/training/\" data-short=\"让模型从数据里学习的过程。\">训练</a>大模型");
        Page("posts/deal/index.html").ShouldContain("href=\"/ai-news/glossary/gpu/\"");
        Page("zh/glossary/training/index.html").ShouldContain("这笔交易");
        Result.Files.ShouldNotContain(f => f.Path == "glossary/training/index.html");
    }

    [Fact]
    public void The_Chinese_search_index_finds_exactly_the_posts_containing_a_word()
    {
        var entries = SearchIndex.Read(Page("zh/search-index.json"));
        entries.Select(e => e.Title).ShouldBe(["推理", "训练是什么", "这笔交易"]);
        // 推理 mentions 练 (in 练习) and 训 nowhere next to it: a bigram index does not confuse it with 训练.
        Matching(entries, "训练").ShouldBe(["训练是什么", "这笔交易"]);
        Matching(entries, "回答问题").ShouldBe(["推理", "训练是什么"]);
        SearchIndex.Read(Page("search-index.json")).ShouldAllBe(e => e.Bigrams == null);
    }

    [Fact]
    public void Translation_links_go_to_the_same_page_or_the_other_home()
    {
        var jobs = Result.Site!.AllLanguages.SelectMany(s => new PageJobs(s, new ViewFactory(s)).All()).ToList();
        var deal = jobs.Single(j => j.Url == "/ai-news/posts/deal/").Meta;
        deal.Languages.Select(l => (l.Code, l.Url, l.Current, l.Translated))
            .ShouldBe([("en", "/ai-news/posts/deal/", true, true), ("zh", "/ai-news/zh/posts/deal/", false, true)]);
        var chips = jobs.Single(j => j.Url == "/ai-news/posts/chips/").Meta;
        chips.Languages.Single(l => l.Code == "zh").ShouldBe(new LanguageLinkView("zh", "中文", "/ai-news/zh/", false, false) { Note = "no_translation" });
        chips.Alternates.ShouldBeEmpty();
        deal.Alternates.Select(a => a.Hreflang).ShouldBe(["en", "zh", "x-default"]);
        jobs.Single(j => j.Url == "/ai-news/zh/about/").Meta.Languages.Single(l => l.Code == "en").Url.ShouldBe("/ai-news/about/");
        jobs.Single(j => j.Url == "/ai-news/zh/tags/芯片/").Meta.Languages.Single(l => l.Code == "en").Url.ShouldBe("/ai-news/tags/chips/");
    }

    [Fact]
    public void Pages_show_the_language_switch_and_hreflang_links()
    {
        var zh = Page("zh/posts/deal/index.html");
        zh.ShouldContain("<a href=\"/ai-news/posts/deal/\" hreflang=\"en\" lang=\"en\" rel=\"alternate\"><span class=\"lang-long\">English</span><span class=\"lang-short\" aria-hidden=\"true\">EN</span></a>");
        zh.ShouldContain("<link rel=\"alternate\" hreflang=\"en\" href=\"https://example.github.io/ai-news/posts/deal/\">");
        zh.ShouldContain("<link rel=\"alternate\" hreflang=\"x-default\" href=\"https://example.github.io/ai-news/posts/deal/\">");
        var chips = Page("posts/chips/index.html");
        chips.ShouldContain("<a href=\"/ai-news/zh/\" hreflang=\"zh\" lang=\"zh\" title=\"this page has no 中文 translation; the link opens the nearest 中文 page\"><span class=\"lang-long\">中文</span>");
        chips.ShouldNotContain("<link rel=\"alternate\" hreflang");
        Page("zh/index.html").ShouldContain("<a href=\"/ai-news/zh/tags/\">标签</a>");
    }

    /// <summary>What search.js does with a CJK query: every bigram of it must be among a post's tokens.</summary>
    private static List<string> Matching(IReadOnlyList<SearchEntry> entries, string query)
    {
        var wanted = CjkTokens.Of(query).Where(t => t.Length == 2).ToList();
        return entries.Where(e => wanted.All(w => (e.Bigrams ?? "").Split(' ').Contains(w))).Select(e => e.Title).Order(StringComparer.Ordinal).ToList();
    }

    private static string Entry(string sitemap, string loc)
    {
        var start = sitemap.IndexOf($"<loc>{loc}</loc>", StringComparison.Ordinal);
        start.ShouldBeGreaterThanOrEqualTo(0, loc);
        return sitemap[start..sitemap.IndexOf("</url>", start, StringComparison.Ordinal)];
    }
}
