using Generator.Content;
using Generator.Tests.Support;

namespace Generator.Tests.Content;

public class SiteConfigReaderTests
{
    private const string Minimal = "title: T\nbase_url: \"https://example.github.io/ai-news/\"\n";

    private static (SiteConfig? Config, List<string> Diagnostics) Read(string yaml, string? baseUrlOverride = null)
    {
        using var site = new TestSite(yaml, withTheme: false);
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigReader.Read(site.Root, baseUrlOverride, diagnostics);
        return (config, diagnostics.All.Select(d => d.ToString()).ToList());
    }

    [Theory]
    [InlineData("https://example.github.io/ai-news", "https://example.github.io/ai-news/")]
    [InlineData("https://example.github.io/ai-news/", "https://example.github.io/ai-news/")]
    [InlineData("https://news.example.com", "https://news.example.com/")]
    [InlineData("https://example.github.io/a/b", "https://example.github.io/a/b/")]
    public void A_base_url_without_its_trailing_slash_means_the_same_folder(string baseUrl, string expected)
    {
        Read($"title: T\nbase_url: \"{baseUrl}\"\n").Config!.BaseUrl.AbsoluteUri.ShouldBe(expected);
        Read(Minimal, baseUrl).Config!.BaseUrl.AbsoluteUri.ShouldBe(expected, "--base-url, as CI passes configure-pages' URL");
    }

    [Theory]
    [InlineData("")]
    [InlineData("cname:\n")]
    [InlineData("cname: \"\"\n")]
    public void Without_cname_or_with_it_left_blank_there_is_no_custom_domain(string cnameLine)
    {
        var (config, diagnostics) = Read(Minimal + cnameLine);
        config!.Cname.ShouldBeNull();
        diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void Cname_is_the_custom_domain_of_a_site_at_its_root()
    {
        var (config, diagnostics) = Read("title: T\nbase_url: \"https://news.example.com/\"\ncname: News.Example.com\n");
        config!.Cname.ShouldBe("news.example.com");
        diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void Cname_that_is_a_url_is_an_error_at_its_value()
    {
        var (config, diagnostics) = Read("title: T\nbase_url: \"https://news.example.com/\"\ncname: \"https://news.example.com/\"\n");
        config.ShouldNotBeNull();
        config.Cname.ShouldBeNull();
        diagnostics.ShouldBe(["site.yml:3:8: error GEN016: 'cname' must be a bare host name such as news.example.com: it is a URL, not a host name; write 'news.example.com'"]);
    }

    [Fact]
    public void Cname_that_is_not_a_single_value_is_an_error()
    {
        Read("title: T\nbase_url: \"https://news.example.com/\"\ncname: [a.example, b.example]\n").Diagnostics
            .ShouldHaveSingleItem().ShouldStartWith("site.yml:3:8: error GEN006: 'cname' must be a single value");
    }

    [Fact]
    public void Cname_on_another_host_than_the_base_url_is_a_warning()
    {
        var (config, diagnostics) = Read("title: T\nbase_url: \"https://example.github.io/ai-news/\"\ncname: news.example.com\n");
        config!.Cname.ShouldBe("news.example.com");
        diagnostics.ShouldHaveSingleItem().ShouldStartWith(
            "site.yml:3:8: warning GEN016: 'cname' is news.example.com but the base URL's host is example.github.io");
    }

    [Fact]
    public void Cname_with_a_base_url_below_a_path_is_a_warning()
    {
        Read("title: T\nbase_url: \"https://news.example.com/blog/\"\ncname: news.example.com\n").Diagnostics.ShouldBe([
            "site.yml:3:8: warning GEN016: a custom domain serves the site at its root, but the base URL has the path /blog/; set base_url to https://news.example.com/",
        ]);
    }

    [Fact]
    public void Cname_is_a_known_key()
    {
        Read("title: T\nbase_url: \"https://news.example.com/\"\ncname: news.example.com\ncnme: x\n").Diagnostics
            .ShouldHaveSingleItem().ShouldBe("site.yml:4:1: warning GEN007: unknown key 'cnme' (did you mean 'cname'?)");
    }
}
