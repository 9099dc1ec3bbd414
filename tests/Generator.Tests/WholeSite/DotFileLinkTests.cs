using Generator.Content;
using Generator.Tests.Support;

namespace Generator.Tests.WholeSite;

/// <summary>
/// Nothing under a dot-folder or named like a dot-file is published, whatever path leads to it: the rule holds for a
/// link's real path, not only for its name (issue 20: <c>content/notes.txt -&gt; ../.git/config</c> was published).
/// </summary>
public class DotFileLinkTests
{
    private const string Secret = "token=ghp_secret";

    /// <summary>A site with the secrets a repository holds: .git/config, .env and a .drafts folder.</summary>
    private static TestSite SiteWithSecrets()
    {
        var site = new TestSite();
        site.Post("2026-04-01-a.md", "A").Write(".git/config", $"[remote]\n{Secret}\n").Write(".env", Secret + "\n")
            .Write(".drafts/2026-04-02-b.md", $"---\ntitle: \"{Secret}\"\ndate: 2026-04-02\nauthor: ana\n---\n{Secret}\n");
        return site;
    }

    [Fact]
    public void Links_in_content_to_a_dot_file_or_a_dot_folder_are_errors_for_build_and_check_and_nothing_is_published()
    {
        using var site = SiteWithSecrets();
        site.Build().Succeeded.ShouldBeTrue();
        site.Link("content/notes.txt", "../.git/config").Link("content/cfg", "../.env")
            .Link("content/posts/2026-04-02-b.md", "../../.drafts/2026-04-02-b.md");
        Directory.CreateSymbolicLink(Path.Combine(site.Root, "content/repo"), "../.git");
        string[] expected =
        [
            "content/cfg:1:1: error GEN021: 'content/cfg' is a link to '../.env', the dot-file '.env'; dot-files and dot-folders are never published, so remove the link",
            "content/notes.txt:1:1: error GEN021: 'content/notes.txt' is a link to '../.git/config', inside the dot-folder '.git'; dot-files and dot-folders are never published, so remove the link",
            "content/posts/2026-04-02-b.md:1:1: error GEN021: 'content/posts/2026-04-02-b.md' is a link to '../../.drafts/2026-04-02-b.md', inside the dot-folder '.drafts'; dot-files and dot-folders are never published, so remove the link",
            "content/repo:1:1: error GEN021: 'content/repo' is a link to '../.git', the dot-folder '.git'; dot-files and dot-folders are never published, so remove the link",
        ];

        TestSite.Errors(site.BuildWithin()).ShouldBe(expected);
        site.Check().Diagnostics.Select(d => d.ToString()).ShouldBe(expected);
        var cli = CliRun.Of("build", "--source", site.Root);
        cli.ExitCode.ShouldBe(1);
        cli.Error.ShouldContain(expected[1]);
        OutputContaining(site, Secret).ShouldBeEmpty(); // the previous output, as it was
    }

    [Fact]
    public void A_dot_file_reached_through_a_chain_of_links_or_through_a_linked_content_folder_is_an_error()
    {
        using var site = SiteWithSecrets();
        // content/shared is an ordinary folder link; the file below it is the one that leads into .git.
        site.Write("shared/ok.txt", "public").Link("shared/x.txt", "../.git/config");
        Directory.CreateSymbolicLink(Path.Combine(site.Root, "content/shared"), "../shared");
        TestSite.Errors(site.BuildWithin()).ShouldBe([
            "content/shared/x.txt:1:1: error GEN021: 'content/shared/x.txt' is a link to '../.git/config', inside the dot-folder '.git'; dot-files and dot-folders are never published, so remove the link",
        ]);

        using var linked = new TestSite();
        linked.Post("2026-04-01-a.md", "A");
        Directory.Move(Path.Combine(linked.Root, "content"), Path.Combine(linked.Root, ".content"));
        Directory.CreateSymbolicLink(Path.Combine(linked.Root, "content"), ".content");
        TestSite.Errors(linked.BuildWithin()).ShouldBe([
            "content:1:1: error GEN021: 'content' is a link to '.content', the dot-folder '.content'; dot-files and dot-folders are never published, so remove the link",
        ]);
    }

    [Fact]
    public void Theme_files_linked_to_a_dot_file_or_a_dot_folder_are_errors_and_never_become_assets()
    {
        using var site = SiteWithSecrets();
        site.Link("templates/assets/x.css", "../../.git/config").Link("templates/partials/secret.sbn-html", "../../.env");
        Directory.CreateSymbolicLink(Path.Combine(site.Root, "templates/assets/repo"), "../../.git");
        string[] expected =
        [
            "templates/assets/repo:1:1: error GEN021: 'templates/assets/repo' is a link to '../../.git', the dot-folder '.git'; dot-files and dot-folders are never published, so remove the link",
            "templates/assets/x.css:1:1: error GEN021: 'templates/assets/x.css' is a link to '../../.git/config', inside the dot-folder '.git'; dot-files and dot-folders are never published, so remove the link",
            "templates/partials/secret.sbn-html:1:1: error GEN021: 'templates/partials/secret.sbn-html' is a link to '../../.env', the dot-file '.env'; dot-files and dot-folders are never published, so remove the link",
        ];

        TestSite.Errors(site.BuildWithin()).ShouldBe(expected);
        site.Check().Diagnostics.Select(d => d.ToString()).ShouldBe(expected);
        Directory.Exists(site.Output).ShouldBeFalse();
        Generator.Rendering.ThemeFiles.Of(site.Root).All.Select(f => f.Name)
            .ShouldNotContain(n => n.StartsWith("assets/x", StringComparison.Ordinal) || n.StartsWith("assets/repo", StringComparison.Ordinal) || n == "partials/secret.sbn-html");
    }

    [Fact]
    public void A_link_to_an_ordinary_file_of_the_site_is_still_followed()
    {
        using var site = SiteWithSecrets();
        site.Write("shared/notes.txt", "public notes").Link("content/notes.txt", "../shared/notes.txt")
            .Write("shared/extra.css", "body{color:red}").Link("templates/assets/extra.css", "../../shared/extra.css");
        site.Build().Succeeded.ShouldBeTrue();
        site.ReadOutput("notes.txt").ShouldBe("public notes");
        Directory.GetFiles(Path.Combine(site.Output, "assets"), "extra.*.css").ShouldHaveSingleItem();
    }

    private static IEnumerable<string> OutputContaining(TestSite site, string text) =>
        Directory.Exists(site.Output)
            ? Directory.GetFiles(site.Output, "*", SearchOption.AllDirectories).Where(f => File.ReadAllText(f).Contains(text, StringComparison.Ordinal))
            : [];
}
