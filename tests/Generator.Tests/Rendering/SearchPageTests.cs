using AngleSharp.Html.Parser;
using Generator.Tests.Support;

namespace Generator.Tests.Rendering;

public class SearchPageTests
{
    private static readonly Lazy<Dictionary<string, string>> Files = new(() =>
    {
        using var site = NewsSite.Create();
        return site.Build(write: false).Files.ToDictionary(f => f.Path, f => f.Content);
    });

    private static AngleSharp.Dom.IDocument Page(string path) => new HtmlParser().ParseDocument(Files.Value[path]);

    [Fact]
    public void Search_form_gets_the_search_page_without_javascript()
    {
        var form = Page("search/index.html").QuerySelector("main form[role=search]")!;
        form.GetAttribute("action").ShouldBe("/ai-news/search/");
        form.GetAttribute("method").ShouldBe("get");
        form.QuerySelector("input[name=q]").ShouldNotBeNull();
    }

    [Fact]
    public void Script_finds_the_index_through_a_data_attribute_under_the_base_path()
    {
        var page = Page("search/index.html");
        page.QuerySelector("form[data-search-index]")!.GetAttribute("data-search-index").ShouldBe("/ai-news/search-index.json");
        page.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")!).ShouldContain(src => System.Text.RegularExpressions.Regex.IsMatch(src, @"^/ai-news/assets/search\.[0-9a-f]{8}\.js$"));
        page.QuerySelector("[aria-live=polite]").ShouldNotBeNull();
        Files.Value.ShouldContainKey("search-index.json");
    }

    [Fact]
    public void Without_javascript_the_page_lists_every_post()
    {
        var noscript = new HtmlParser().ParseDocument(Page("search/index.html").QuerySelector("noscript")!.InnerHtml);
        var links = noscript.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        links.Count.ShouldBe(NewsSite.PostCount);
        links[0].ShouldBe("/ai-news/posts/post-25/");
    }

    [Fact]
    public void Every_page_has_a_header_search_form_and_a_search_link()
    {
        var home = Page("index.html");
        home.QuerySelector("header form[role=search]")!.GetAttribute("action").ShouldBe("/ai-news/search/");
        home.QuerySelectorAll(".site-nav a").Select(a => a.GetAttribute("href")).ShouldContain("/ai-news/search/");
    }

    [Fact]
    public void Site_feeds_are_advertised_in_the_head_of_every_page()
    {
        var alternates = Page("posts/post-3/index.html").QuerySelectorAll("head link[rel=alternate]")
            .Select(l => (l.GetAttribute("type"), l.GetAttribute("href"))).ToList();
        alternates.ShouldBe([
            ("application/atom+xml", "/ai-news/feed.xml"),
            ("application/rss+xml", "/ai-news/rss.xml"),
            ("application/feed+json", "/ai-news/feed.json"),
        ]);
    }

    [Theory]
    [InlineData("tags/kimi-k2-6/index.html", "/ai-news/tags/kimi-k2-6/feed.xml")]
    [InlineData("tags/kimi-k2-6/page/2/index.html", "/ai-news/tags/kimi-k2-6/feed.xml")]
    [InlineData("categories/tech/index.html", "/ai-news/categories/tech/feed.xml")]
    public void Tag_and_category_pages_advertise_their_own_feed_first(string page, string feed)
    {
        var first = Page(page).QuerySelector("head link[rel=alternate]")!;
        first.GetAttribute("href").ShouldBe(feed);
        Files.Value.ShouldContainKey(feed["/ai-news/".Length..]);
    }

    [Fact]
    public void A_category_without_posts_advertises_only_the_site_feeds() =>
        Page("categories/policy/index.html").QuerySelector("head link[rel=alternate]")!.GetAttribute("href").ShouldBe("/ai-news/feed.xml");
}
