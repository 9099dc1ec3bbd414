using Generator.Site;

namespace Generator.Tests.Site;

public class SiteUrlsTests
{
    private static readonly SiteUrls Urls = new(new Uri("https://example.github.io/ai-news/"));

    [Fact]
    public void Every_url_lives_under_the_base_path()
    {
        Urls.Home.ShouldBe("/ai-news/");
        Urls.HomePage(2).ShouldBe("/ai-news/page/2/");
        Urls.Post("x").ShouldBe("/ai-news/posts/x/");
        Urls.Tag("kimi-k2-6").ShouldBe("/ai-news/tags/kimi-k2-6/");
        Urls.Category("spotlight").ShouldBe("/ai-news/categories/spotlight/");
        Urls.Author("ana").ShouldBe("/ai-news/authors/ana/");
        Urls.Term("gpu").ShouldBe("/ai-news/glossary/gpu/");
        Urls.Page("about").ShouldBe("/ai-news/about/");
        Urls.NotFound.ShouldBe("/ai-news/404.html");
    }

    [Fact]
    public void Base_url_without_trailing_slash_still_gives_a_folder_path() =>
        new SiteUrls(new Uri("https://example.github.io/ai-news")).Post("x").ShouldBe("/ai-news/posts/x/");

    [Theory]
    [InlineData("/ai-news/", "index.html")]
    [InlineData("/ai-news/posts/x/", "posts/x/index.html")]
    [InlineData("/ai-news/404.html", "404.html")]
    public void Folder_urls_are_written_as_index_html(string url, string path) => Urls.OutputPath(url).ShouldBe(path);

    [Fact]
    public void Absolute_urls_use_the_site_origin() =>
        Urls.Absolute("/ai-news/posts/x/").ShouldBe("https://example.github.io/ai-news/posts/x/");

    [Theory]
    [InlineData("https://cdn.example.org/a.png", "https://cdn.example.org/a.png")]
    [InlineData("//cdn.example.org/a.png", "//cdn.example.org/a.png")]
    [InlineData("/ai-news/images/a.png", "https://example.github.io/ai-news/images/a.png")]
    public void Absolute_keeps_urls_that_are_absolute_already(string url, string expected) => Urls.Absolute(url).ShouldBe(expected);
}
