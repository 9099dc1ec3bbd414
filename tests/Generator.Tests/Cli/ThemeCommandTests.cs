using Generator.Rendering;
using Generator.Tests.Support;

namespace Generator.Tests.Cli;

/// <summary><c>theme eject</c> and <c>theme list</c> on a blog made by <c>init</c> (built-in theme, no templates/).</summary>
public sealed class ThemeCommandTests : IDisposable
{
    private readonly InitSite site = new();

    public void Dispose() => site.Dispose();

    [Fact]
    public void Eject_copies_the_named_built_in_files_and_the_site_copy_then_wins()
    {
        var run = site.Run(["theme", "eject", "partials/footer.sbn-html", "theme:assets/site.css"], folder: "content");
        run.ExitCode.ShouldBe(0, run.All);
        run.Out.ShouldContain("Copied templates/partials/footer.sbn-html");
        run.Out.ShouldContain("Copied templates/assets/site.css");
        File.ReadAllBytes(site.PathOf("templates/partials/footer.sbn-html")).ShouldBe(BuiltInTheme.Embedded.Read("partials/footer.sbn-html"));
        Directory.GetFiles(site.PathOf("templates"), "*", SearchOption.AllDirectories).Length.ShouldBe(2);

        site.Write("templates/partials/footer.sbn-html", "<footer>ours</footer>");
        site.Run(["build"]).ExitCode.ShouldBe(0);
        File.ReadAllText(Path.Combine(site.Output, "about/index.html")).ShouldContain("<footer>ours</footer>");
    }

    [Fact]
    public void Eject_never_overwrites_and_reports_the_files_it_skipped()
    {
        site.Write("templates/partials/footer.sbn-html", "<footer>ours</footer>");
        var run = site.Run(["theme", "eject", "partials"]);
        run.ExitCode.ShouldBe(0, run.All);
        run.Out.ShouldContain("Skipped templates/partials/footer.sbn-html (it exists; left as it was)");
        run.Out.ShouldContain("Copied templates/partials/header.sbn-html");
        site.Read("templates/partials/footer.sbn-html").ShouldBe("<footer>ours</footer>");
    }

    [Fact]
    public void Eject_without_names_copies_the_whole_theme_and_the_site_builds_the_same()
    {
        site.Run(["build"]).ExitCode.ShouldBe(0);
        var before = site.OutputFiles();
        var run = site.Run(["theme", "eject"]);
        run.ExitCode.ShouldBe(0, run.All);
        foreach (var name in BuiltInTheme.Embedded.Names) run.Out.ShouldContain($"Copied templates/{name}");

        site.Run(["theme", "list"]).Out.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .ShouldAllBe(line => line.StartsWith("overridden (unchanged) "));
        site.Run(["build"]).ExitCode.ShouldBe(0);
        var after = site.OutputFiles();
        after.Keys.ShouldBe(before.Keys, ignoreOrder: true);
        foreach (var (path, bytes) in before) after[path].ShouldBe(bytes, path);
    }

    [Fact]
    public void An_unknown_name_gets_a_suggestion_and_nothing_is_copied()
    {
        var run = site.Run(["theme", "eject", "partials/header.sbn-html", "footer"]);
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("error: 'footer' is not a file of the built-in theme (did you mean 'partials/footer.sbn-html'?)");
        Directory.Exists(site.PathOf("templates")).ShouldBeFalse();
    }

    [Theory]
    [InlineData("file", "'templates/partials' is a file, not a folder")]
    [InlineData("dangling link", "'templates/partials' is a link to 'nowhere', which does not exist")]
    public void Eject_where_templates_partials_is_not_a_folder_is_one_error_line_and_copies_nothing(string what, string problem)
    {
        Directory.CreateDirectory(site.PathOf("templates"));
        if (what == "file") site.Write("templates/partials", "not a folder");
        else File.CreateSymbolicLink(site.PathOf("templates/partials"), "nowhere");
        var before = FileTree.Snapshot(site.Parent);

        var run = site.Run(["theme", "eject"]);

        run.ExitCode.ShouldBe(1);
        run.Out.ShouldBeEmpty();
        run.Error.ShouldBe($"error: cannot copy the theme into templates/: {problem}; nothing was copied\n");
        FileTree.Snapshot(site.Parent).ShouldBe(before); // templates/assets/ and the rest were not copied either
    }

    [Fact]
    public void List_shows_built_in_overridden_and_site_only_files()
    {
        site.Write("templates/partials/footer.sbn-html", "<footer>ours</footer>");
        site.Write("templates/partials/extra.sbn-html", "<p>extra</p>");
        var lines = site.Run(["theme", "list"]).Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.ShouldContain("overridden             partials/footer.sbn-html");
        lines.ShouldContain("site only              partials/extra.sbn-html");
        lines.ShouldContain("built-in               partials/header.sbn-html");
    }

    [Fact]
    public void Outside_a_site_eject_says_how_to_start_one()
    {
        var run = CliRun.In(site.Parent, "theme", "eject");
        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("no site.yml");
        run.Error.ShouldContain("newsgen init");
    }
}
