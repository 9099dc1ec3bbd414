using Generator.Content;
using Generator.Tests.Support;

namespace Generator.Tests.Content;

public class AuthorAvatarTests
{
    private static string Config(string avatar) =>
        $"title: T\nbase_url: \"https://example.github.io/ai-news/\"\nauthors:\n  - id: maya\n    name: Maya Chen\n    avatar: {avatar}\n";

    /// <summary>site.yml read, then its avatars checked against content/ as the loader does.</summary>
    private static (SiteConfig? Config, List<string> Diagnostics) Load(string avatar, Action<TestSite>? files = null)
    {
        using var site = new TestSite(Config(avatar), withTheme: false);
        files?.Invoke(site);
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigReader.Read(site.Root, null, diagnostics);
        var tree = InputTree.Walk(site.Root, StaticFiles.Folder, diagnostics, probeReadable: false, default);
        if (config is not null) AuthorAvatar.Check(config, StaticFiles.From(site.Root, tree, diagnostics), diagnostics);
        return (config, diagnostics.All.Select(d => d.ToString()).ToList());
    }

    private static void WithPhoto(TestSite site) => site.WriteBytes("content/images/maya.png", HostileImages.Png(64, 64));

    [Theory]
    [InlineData("/images/maya.png")]
    [InlineData("images/maya.png")]
    public void An_avatar_is_a_file_of_content_with_or_without_the_leading_slash(string avatar)
    {
        var (config, diagnostics) = Load(avatar, WithPhoto);
        diagnostics.ShouldBeEmpty();
        config!.Authors.ShouldHaveSingleItem().Avatar.ShouldBe("images/maya.png");
    }

    [Fact]
    public void An_author_without_an_avatar_has_none()
    {
        using var site = new TestSite(TestSite.DefaultConfig, withTheme: false);
        SiteConfigReader.Read(site.Root, null, new DiagnosticBag())!.Authors.ShouldAllBe(a => a.Avatar == null);
    }

    [Theory]
    [InlineData("https://cdn.example.com/maya.png", "GEN020", "not an address elsewhere")]
    [InlineData("//cdn.example.com/maya.png", "GEN020", "not an address elsewhere")]
    [InlineData("/images/../../secret.png", "GEN020", "no '..'")]
    [InlineData("\"javascript:alert(1)\"", "GEN028", "can run code")]
    [InlineData("/files/maya.pdf", "GEN016", "is not an image: use a PNG, JPEG, WebP, GIF or SVG file")]
    public void An_avatar_that_is_no_image_of_the_site_is_an_error_at_its_value(string avatar, string code, string message)
    {
        var (config, diagnostics) = Load(avatar, WithPhoto);
        diagnostics.ShouldHaveSingleItem().ShouldStartWith($"site.yml:6:13: error {code}: ");
        diagnostics[0].ShouldContain(message);
        config!.Authors.ShouldHaveSingleItem().Avatar.ShouldBeNull();
    }

    [Fact]
    public void A_missing_avatar_file_is_an_error_with_did_you_mean()
    {
        Load("/images/mya.png", WithPhoto).Diagnostics.ShouldBe([
            "site.yml:6:13: error GEN016: author 'maya': 'avatar' names no file of the site: there is no content/images/mya.png (did you mean 'images/maya.png'?)"]);
    }

    [Fact]
    public void An_avatar_written_with_content_in_its_path_is_told_the_path_the_site_serves()
    {
        Load("content/images/maya.png", WithPhoto).Diagnostics.ShouldHaveSingleItem()
            .ShouldEndWith("there is no content/content/images/maya.png; write it as the site serves it: /images/maya.png");
    }

    [Fact]
    public void An_avatar_whose_header_is_no_image_is_an_error()
    {
        Load("/images/maya.png", s => s.Write("content/images/maya.png", "not a picture")).Diagnostics.ShouldBe([
            "site.yml:6:13: error GEN016: author 'maya': 'avatar' content/images/maya.png is not an image: its header gives no PNG, JPEG, WebP or GIF size"]);
    }

    [Fact]
    public void An_svg_avatar_needs_no_size()
    {
        Load("/images/maya.svg", s => s.Write("content/images/maya.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>")).Diagnostics.ShouldBeEmpty();
    }
}
