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

    [Fact]
    public void Assets_come_from_the_built_in_theme_unless_the_site_overrides_them()
    {
        using var site = new TestSite(withTheme: false);
        var builtIn = AssetManifest.Scan(site.Root);
        builtIn.OutputNames["site.css"].ShouldBe(AssetManifest.HashedName("site.css", File.ReadAllBytes(Path.Combine(RepoRoot.Path, "templates/assets/site.css"))));
        builtIn.OutputNames.Keys.ShouldBe(Directory.GetFiles(Path.Combine(RepoRoot.Path, "templates/assets")).Select(Path.GetFileName), ignoreOrder: true);

        site.Write("templates/assets/site.css", "body { color: teal; }");
        var overridden = AssetManifest.Scan(site.Root);
        overridden.OutputNames["site.css"].ShouldBe(AssetManifest.HashedName("site.css", "body { color: teal; }"u8.ToArray()));
        overridden.OutputNames["glossary.js"].ShouldBe(builtIn.OutputNames["glossary.js"]);

        overridden.CopyTo(site.Output);
        File.ReadAllText(Path.Combine(site.Output, "assets", overridden.OutputNames["site.css"])).ShouldBe("body { color: teal; }");
        File.ReadAllBytes(Path.Combine(site.Output, "assets", builtIn.OutputNames["glossary.js"]))
            .ShouldBe(File.ReadAllBytes(Path.Combine(RepoRoot.Path, "templates/assets/glossary.js")));
    }
}
