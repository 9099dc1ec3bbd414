using Generator.Output;
using Generator.Tests.Support;

namespace Generator.Tests.Output;

public class AssetManifestTests
{
    [Fact]
    public void Css_and_js_get_a_content_hash_other_files_keep_their_name()
    {
        using var site = new TestSite(config: null, withTheme: false);
        site.Write("templates/assets/site.css", "body{}").Write("templates/assets/app.js", "1").Write("templates/assets/logo.svg", "<svg/>");
        var manifest = AssetManifest.Scan(site.Root);
        manifest.OutputNames["site.css"].ShouldMatch(@"^site\.[0-9a-f]{8}\.css$");
        manifest.OutputNames["app.js"].ShouldMatch(@"^app\.[0-9a-f]{8}\.js$");
        manifest.OutputNames["logo.svg"].ShouldBe("logo.svg");
    }

    [Fact]
    public void Changing_a_stylesheet_changes_its_name() =>
        AssetManifest.HashedName("site.css", "a"u8.ToArray()).ShouldNotBe(AssetManifest.HashedName("site.css", "b"u8.ToArray()));
}
