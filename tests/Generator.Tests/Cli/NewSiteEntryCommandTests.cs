using Generator.Cli;
using Generator.Tests.Support;

namespace Generator.Tests.Cli;

public sealed class NewSiteEntryCommandTests : IDisposable
{
    private readonly FixtureSite site = new();
    private readonly string original;

    public NewSiteEntryCommandTests()
    {
        // The example blog's own site.yml: comments, quoted and plain values, categories before authors.
        original = File.ReadAllText(Path.Combine(RepoRoot.Path, "site.yml")).Replace("https://example.github.io/ai-news/", "https://example.test/blog/");
        site.Write("site.yml", original);
        // Its authors' photos, which site.yml names (a missing one fails the build).
        const string avatar = "content/images/authors/maya-chen.png";
        Directory.CreateDirectory(Path.GetDirectoryName(site.PathOf(avatar))!);
        File.Copy(Path.Combine(RepoRoot.Path, avatar), site.PathOf(avatar));
        site.Write("content/posts/2026-01-01-first.md", FixtureSite.Post("First", "2026-01-01", "maya-chen", "spotlight", "Chips", "Body."));
        site.Write("content/posts/2026-01-02-second.md", FixtureSite.Post("Second", "2026-01-02", "maya-chen", "spotlight", "Rules", "Body."));
        site.Write("content/posts/2026-01-03-third.md", FixtureSite.Post("Third", "2026-01-03", "maya-chen", "spotlight", "Agents", "Body."));
    }

    public void Dispose() => site.Dispose();

    [Fact]
    public void New_author_is_inserted_after_the_last_author_and_the_rest_of_site_yml_is_kept()
    {
        var run = CliRun.Of("new", "author", "priya-raman", "--name", "Priya Raman", "--bio", "Covers chips: design and supply.", "--source", site.Root);

        run.ExitCode.ShouldBe(0, run.All);
        run.Out.ShouldStartWith("Added author 'priya-raman' to site.yml (line 38)\n  note: posts use it as 'author: priya-raman'\n");
        var lines = original.Split('\n').ToList();
        var at = lines.FindIndex(l => l.Contains("Writes about AI policy")) + 1;
        lines.InsertRange(at, ["  - id: priya-raman", "    name: Priya Raman", "    bio: \"Covers chips: design and supply.\""]);
        site.Read("site.yml").ShouldBe(string.Join("\n", lines));
        site.Read("site.yml").ShouldContain("# Site settings: see the README's content reference for every key.");

        site.Write("content/posts/2026-01-04-by-priya.md", FixtureSite.Post("By Priya", "2026-01-04", "priya-raman", "spotlight", "Chips", "Body."));
        var build = SiteBuild.InMemory(site.BuildOptions());
        build.Succeeded.ShouldBeTrue(string.Join("\n", build.Diagnostics));
        build.Files.ShouldContain(f => f.Path == "authors/priya-raman/index.html");
    }

    [Fact]
    public void New_category_is_inserted_after_the_last_category_with_its_description()
    {
        var run = CliRun.Of("new", "category", "open-source", "--name", "Open Source", "--description", "Models anyone can run.", "--source", site.Root);

        run.ExitCode.ShouldBe(0, run.All);
        run.Out.ShouldStartWith("Added category 'open-source' to site.yml (line 30)");
        site.Read("site.yml").ShouldContain("""
                description: { en: "Profiles and the week's big picture.", zh: "人物特写和一周大事回顾。" }
              - id: open-source
                name: Open Source
                description: Models anyone can run.
            authors:
            """);
        SiteBuild.InMemory(site.BuildOptions()).Files.ShouldContain(f => f.Path == "categories/open-source/index.html");
    }

    [Theory]
    [InlineData("Priya Raman", "error: author id 'Priya Raman' must be lower case, with '-' between words: use 'priya-raman'")]
    [InlineData("!!", "error: author id '!!' has no letters or digits")]
    [InlineData("a-very-long-author-id-that-goes-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-x",
        "the limit is 200: shorten it")]
    public void New_author_refuses_an_id_that_is_not_a_slug(string id, string message)
    {
        var run = CliRun.Of("new", "author", id, "--name", "Priya", "--source", site.Root);
        run.ExitCode.ShouldBe(ExitCodes.Usage);
        run.Error.ShouldContain(message);
        site.Read("site.yml").ShouldBe(original);
    }

    [Fact]
    public void New_author_refuses_an_id_that_exists_and_needs_a_name()
    {
        var run = CliRun.Of("new", "author", "maya-chen", "--name", "Maya", "--source", site.Root);
        run.ExitCode.ShouldBe(ExitCodes.ContentErrors);
        run.Error.ShouldContain("error: author 'maya-chen' already exists in site.yml; it was left as it is");
        CliRun.Of("new", "author", "priya", "--source", site.Root).ExitCode.ShouldBe(ExitCodes.Usage);
        site.Read("site.yml").ShouldBe(original);
    }

    [Fact]
    public void New_category_close_to_an_existing_one_is_added_with_a_did_you_mean_note()
    {
        var run = CliRun.Of("new", "category", "policy-laws", "--name", "Policy", "--source", site.Root);
        run.ExitCode.ShouldBe(0, run.All);
        run.Out.ShouldContain("note: there is also a category 'policy-law'; if you meant that one, remove the new entry and use 'policy-law'");
    }

    [Fact]
    public void Crlf_line_endings_and_a_bom_are_kept()
    {
        File.WriteAllBytes(site.PathOf("site.yml"), [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(original.Replace("\n", "\r\n"))]);
        CliRun.Of("new", "author", "ana", "--name", "Ana", "--source", site.Root).ExitCode.ShouldBe(0);
        var bytes = File.ReadAllBytes(site.PathOf("site.yml"));
        bytes[..3].ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        var text = System.Text.Encoding.UTF8.GetString(bytes[3..]);
        text.ShouldContain("  - id: ana\r\n    name: Ana\r\n");
        text.Replace("\r\n", "").ShouldNotContain("\n");
    }

    /// <summary>
    /// "site.yml cannot be written", made real as root (the tests' user, on CI too), for whom permissions do not stop a
    /// write: a folder stands at the temporary file's name, so the new site.yml cannot be written beside the old one.
    /// </summary>
    [Fact]
    public void New_author_when_site_yml_cannot_be_written_is_one_error_line_and_leaves_nothing_behind()
    {
        Directory.CreateDirectory(site.PathOf("site.yml.newsgen-tmp"));
        var before = FileTree.Snapshot(site.Root);

        var run = CliRun.Of("new", "author", "priya-raman", "--name", "Priya Raman", "--source", site.Root);

        run.ExitCode.ShouldBe(ExitCodes.ContentErrors);
        run.Out.ShouldBeEmpty();
        run.Error.ShouldBe("error: cannot change site.yml: 'site.yml.newsgen-tmp' is in the way (a folder; remove it); site.yml was left as it was\n");
        FileTree.Snapshot(site.Root).ShouldBe(before);
    }

    [Fact]
    public void A_link_at_the_temporary_files_name_is_never_written_through()
    {
        var outside = Path.Combine(Path.GetDirectoryName(site.Root)!, Path.GetFileName(site.Root) + "-outside.txt");
        File.WriteAllText(outside, "not yours");
        try
        {
            File.CreateSymbolicLink(site.PathOf("site.yml.newsgen-tmp"), outside);

            var run = CliRun.Of("new", "author", "priya-raman", "--name", "Priya Raman", "--source", site.Root);

            run.ExitCode.ShouldBe(ExitCodes.ContentErrors);
            run.Error.ShouldBe($"error: cannot change site.yml: 'site.yml.newsgen-tmp' is in the way (a link to '{outside}'; remove it); site.yml was left as it was\n");
            File.ReadAllText(outside).ShouldBe("not yours");
            site.Read("site.yml").ShouldBe(original);
        }
        finally
        {
            File.Delete(outside);
        }
    }

    [Fact]
    public void A_temporary_file_left_by_an_interrupted_run_is_replaced_and_removed()
    {
        site.Write("site.yml.newsgen-tmp", "half a site.yml from a run that was killed");
        var run = CliRun.Of("new", "author", "priya-raman", "--name", "Priya Raman", "--source", site.Root);
        run.ExitCode.ShouldBe(0, run.All);
        site.Read("site.yml").ShouldContain("  - id: priya-raman\n");
        File.Exists(site.PathOf("site.yml.newsgen-tmp")).ShouldBeFalse();
    }

    [Fact]
    public void A_site_yml_that_is_a_link_inside_the_site_stays_a_link_and_its_file_is_changed()
    {
        site.Write("config/site.yml", original);
        File.Delete(site.PathOf("site.yml"));
        File.CreateSymbolicLink(site.PathOf("site.yml"), "config/site.yml");

        var run = CliRun.Of("new", "author", "priya-raman", "--name", "Priya Raman", "--source", site.Root);

        run.ExitCode.ShouldBe(0, run.All);
        new FileInfo(site.PathOf("site.yml")).LinkTarget.ShouldBe("config/site.yml");
        site.Read("config/site.yml").ShouldContain("  - id: priya-raman\n");
        Directory.GetFileSystemEntries(site.PathOf("config")).ShouldBe([site.PathOf("config/site.yml")]);
    }
}
