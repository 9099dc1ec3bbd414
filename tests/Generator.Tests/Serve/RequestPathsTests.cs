using Generator.Rendering;
using Generator.Serve;

namespace Generator.Tests.Serve;

public class RequestPathsTests
{
    private static readonly ServedSite Site = ServedSite.From("/blog/",
        [new OutputFile("index.html", "home"), new OutputFile("posts/a/index.html", "a"), new OutputFile("404.html", "404")],
        new Dictionary<string, byte[]> { ["assets/site.0123abcd.css"] = [] });

    [Theory]
    [InlineData("/blog/", "index.html")]
    [InlineData("/blog/posts/a/", "posts/a/index.html")]
    [InlineData("/blog/assets/site.0123abcd.css", "assets/site.0123abcd.css")]
    public void A_url_of_the_site_serves_its_output_file(string path, string expected) =>
        RequestPaths.Resolve(path, Site).ShouldBe(new RequestTarget.File(expected));

    [Theory]
    [InlineData("/blog", "/blog/")]
    [InlineData("/blog/posts/a", "/blog/posts/a/")]
    public void A_folder_without_its_slash_redirects(string path, string location) =>
        RequestPaths.Resolve(path, Site).ShouldBe(new RequestTarget.Redirect(location));

    [Theory]
    [InlineData("/blog/../blog/index.html")]
    [InlineData("/blog/posts/../index.html")]
    [InlineData("/blog/./index.html")]
    [InlineData("/blog//index.html")]
    [InlineData("/blog/%2e%2e/index.html")]
    [InlineData("/blog/posts%2fa/index.html")]
    [InlineData("/blog/posts\\a\\index.html")]
    [InlineData("/blog/C:/index.html")]
    [InlineData("/blog/.hidden")]
    [InlineData("/index.html")]
    public void Paths_that_could_name_another_file_are_not_found(string path) =>
        RequestPaths.Resolve(path, Site).ShouldBeOfType<RequestTarget.NotFound>();

    [Fact]
    public void Hashed_stylesheet_names_map_back_to_their_theme_names()
    {
        ServedSite.Unhashed("assets/site.0123abcd.css").ShouldBe("assets/site.css");
        ServedSite.Unhashed("assets/print.css").ShouldBe("assets/print.css");
        Site.Stylesheets["/blog/assets/site.css"].ShouldBe("/blog/assets/site.0123abcd.css");
    }
}
