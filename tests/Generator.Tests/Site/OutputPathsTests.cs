using Generator.Site;

namespace Generator.Tests.Site;

public class OutputPathsTests
{
    [Theory]
    [InlineData("", "index.html")]
    [InlineData("posts/x/", "posts/x/index.html")]
    [InlineData("tags/芯片/page/2/", "tags/芯片/page/2/index.html")]
    [InlineData("feed.xml", "feed.xml")]
    [InlineData("404.html", "404.html")]
    public void A_folder_address_is_its_index_file_and_the_file_maps_back(string url, string path)
    {
        OutputPaths.Of(url).ShouldBe(path);
        OutputPaths.UrlOf(path).ShouldBe(url);
    }

    [Fact]
    public void An_address_without_its_slash_is_tried_as_a_file_then_as_a_folder() =>
        OutputPaths.Lookup("posts/x").ShouldBe(("posts/x", "posts/x/index.html"));

    [Fact]
    public void A_folder_address_is_only_its_index() =>
        OutputPaths.Lookup("posts/x/").ShouldBe(("posts/x/index.html", (string?)null));
}
