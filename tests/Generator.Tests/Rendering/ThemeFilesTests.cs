using Generator.Content;
using Generator.Rendering;
using Generator.Tests.Support;

namespace Generator.Tests.Rendering;

/// <summary>The theme's files: the site's templates/ first, file by file, then the theme built into the tool.</summary>
public class ThemeFilesTests
{
    [Fact]
    public void Built_in_theme_is_every_file_of_the_repository_templates_folder_byte_for_byte()
    {
        var repository = TestTheme.RepositoryFiles();
        var builtIn = BuiltInTheme.Embedded;
        builtIn.Names.ShouldBe(repository.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, bytes) in repository) builtIn.Read(name).ShouldBe(bytes, name);
        builtIn.Names.ShouldContain("partials/footer.sbn-html");
        builtIn.Names.ShouldContain(n => n.StartsWith("assets/", StringComparison.Ordinal));
    }

    [Fact]
    public void A_site_file_overrides_the_built_in_file_of_the_same_path_and_every_other_file_is_built_in()
    {
        using var site = new TestSite(withTheme: false);
        site.Write("templates/partials/footer.sbn-html", "<footer>mine</footer>");
        var theme = ThemeFiles.Of(site.Root);

        var footer = theme.Find("partials/footer.sbn-html").ShouldNotBeNull();
        footer.IsBuiltIn.ShouldBeFalse();
        footer.DisplayPath.ShouldBe("templates/partials/footer.sbn-html");
        theme.ReadText(footer, new DiagnosticBag())!.Text.ShouldBe("<footer>mine</footer>");

        var header = theme.Find("partials/header.sbn-html").ShouldNotBeNull();
        header.IsBuiltIn.ShouldBeTrue();
        header.DisplayPath.ShouldBe("theme:partials/header.sbn-html");
        theme.ReadBytes(header).ShouldBe(File.ReadAllBytes(Path.Combine(RepoRoot.Path, "templates/partials/header.sbn-html")));
        theme.All.Select(f => f.Name).ShouldBe(BuiltInTheme.Embedded.Names);
    }

    [Fact]
    public void Any_file_under_templates_is_a_theme_file_not_only_templates_and_assets()
    {
        using var site = new TestSite(withTheme: false);
        site.Write("templates/i18n/en.yml", "min_read: min read\n");
        var file = ThemeFiles.Of(site.Root).Find("i18n/en.yml").ShouldNotBeNull();
        file.IsBuiltIn.ShouldBeFalse();
    }

    [Fact]
    public void Dot_files_and_folders_are_not_theme_files()
    {
        using var site = new TestSite(withTheme: false);
        site.Write("templates/partials/.footer.sbn-html.swp", "x").Write("templates/.git/config", "x").Write("templates/assets/.DS_Store", "x");
        ThemeFiles.Of(site.Root).All.ShouldAllBe(f => f.IsBuiltIn);
    }
}
