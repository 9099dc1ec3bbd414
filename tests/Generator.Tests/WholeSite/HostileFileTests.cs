using Generator.Content;
using Generator.Tests.Support;

namespace Generator.Tests.WholeSite;

/// <summary>Files from outside the site never reach the output: links out, devices, FIFOs, dot-folders, huge files.</summary>
public class HostileFileTests
{
    [Fact]
    public void Link_to_a_file_outside_the_site_is_an_error_and_is_not_published()
    {
        using var site = new TestSite();
        site.Post("2026-04-01-a.md", "A").Link("content/images/x.txt", "/etc/passwd");
        var result = site.BuildWithin();
        TestSite.Errors(result).ShouldBe(["content/images/x.txt:1:1: error GEN021: 'content/images/x.txt' is a link to '/etc/passwd', outside the site root; copy the file into the site instead"]);
        File.Exists(Path.Combine(site.Output, "images/x.txt")).ShouldBeFalse();
        site.Check().Diagnostics.ShouldContain(d => d.Code == DiagnosticCodes.UnsafeLink && d.At.Path == "content/images/x.txt");
    }

    [Fact]
    public void Link_to_a_folder_outside_the_site_or_to_a_device_is_an_error()
    {
        using var site = new TestSite();
        site.Post("2026-04-01-a.md", "A");
        Directory.CreateSymbolicLink(Path.Combine(site.Root, "content/etc"), "/etc");
        site.Link("content/posts/zero.md", "/dev/zero").Link("templates/assets/secret.css", "/etc/hostname");
        var errors = TestSite.Errors(site.BuildWithin()).ToList();
        errors.ShouldContain(e => e.StartsWith("content/etc:1:1: error GEN021: 'content/etc' is a link to '/etc', outside the site root"));
        errors.ShouldContain(e => e.StartsWith("content/posts/zero.md:1:1: error GEN021:"));
        errors.ShouldContain(e => e.StartsWith("templates/assets/secret.css:1:1: error GEN021:"));
        errors.Count.ShouldBe(3);
    }

    [Fact]
    public void Link_that_stays_inside_the_site_is_followed()
    {
        using var site = new TestSite();
        site.Write("shared/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>").Link("content/images/logo.svg", "../../shared/logo.svg");
        site.Build().Succeeded.ShouldBeTrue();
        site.ReadOutput("images/logo.svg").ShouldContain("<svg");
    }

    [Fact]
    public void Dangling_links_and_link_loops_are_errors_naming_the_link()
    {
        using var site = new TestSite();
        site.Link("content/images/gone.png", "nothing-here.png").Link("content/images/a.png", "b.png").Link("content/images/b.png", "a.png");
        Directory.CreateSymbolicLink(Path.Combine(site.Root, "content/images/up"), "..");
        var errors = TestSite.Errors(site.BuildWithin()).ToList();
        errors.ShouldContain("content/images/gone.png:1:1: error GEN021: 'content/images/gone.png' is a link to 'nothing-here.png', which does not exist");
        errors.ShouldContain("content/images/a.png:1:1: error GEN021: 'content/images/a.png' is part of a link loop; remove the link");
        errors.ShouldContain("content/images/b.png:1:1: error GEN021: 'content/images/b.png' is part of a link loop; remove the link");
        errors.ShouldContain("content/images/up:1:1: error GEN021: 'content/images/up' links back to a folder above it (a link loop); remove the link");
        errors.Count.ShouldBe(4);
    }

    [Fact]
    public void Fifo_named_like_a_post_is_an_error_not_a_hang()
    {
        using var site = new TestSite();
        site.Post("2026-04-01-a.md", "A");
        site.Shell("mkfifo content/posts/pipe.md content/images-pipe");
        TestSite.Errors(site.BuildWithin(10)).ShouldBe([
            "content/images-pipe:1:1: error GEN022: 'content/images-pipe' is not a regular file (a FIFO, socket or device); remove it",
            "content/posts/pipe.md:1:1: error GEN022: 'content/posts/pipe.md' is not a regular file (a FIFO, socket or device); remove it",
        ]);
    }

    [Fact]
    public void Dot_folders_and_dot_files_are_never_published()
    {
        using var site = new TestSite();
        site.Post("2026-04-01-a.md", "A").Write("content/.git/config", "[remote] token=secret").Write("content/.private/notes.txt", "x")
            .Write("content/images/.env", "KEY=1").Write("templates/assets/.cache/x.css", "body{}").Write("content/.drafts/2026-04-02-b.md", "not markdown we read");
        site.Build().Succeeded.ShouldBeTrue();
        Directory.GetFileSystemEntries(site.Output, ".*", SearchOption.AllDirectories).Select(Path.GetFileName)
            .ShouldBe([Generator.Output.OutputFolder.Mark, ".nojekyll"], ignoreOrder: true); // only the build's own files
        Directory.Exists(Path.Combine(site.Output, "assets/.cache")).ShouldBeFalse();
    }

    [Fact]
    public void Content_file_over_the_size_limit_is_an_error_and_the_limit_is_configurable()
    {
        using var site = new TestSite();
        site.Post("2026-04-01-big.md", "Big", body: new string('a', 11 * 1024 * 1024));
        TestSite.Errors(site.BuildWithin()).ShouldHaveSingleItem()
            .ShouldStartWith("content/posts/2026-04-01-big.md:1:1: error GEN023: file is 11 MB, over the limit of 10 MB");
        site.Post("2026-04-01-big.md", "Big", body: new string('a', 1536 * 1024)).Write("site.yml", TestSite.DefaultConfig + "\nmax_file_size_mb: 1\n");
        TestSite.Errors(site.BuildWithin(write: false)).ShouldHaveSingleItem().ShouldContain("error GEN023: file is 1.5 MB, over the limit of 1 MB");
        site.Write("site.yml", TestSite.DefaultConfig + "\nmax_file_size_mb: 2\n");
        site.BuildWithin(write: false).Succeeded.ShouldBeTrue();
    }

    [Fact]
    public void File_name_that_is_not_utf8_is_an_error()
    {
        using var site = new TestSite();
        site.Post("2026-04-01-a.md", "A");
        site.Shell("touch \"content/bad$(printf '\\377').png\"");
        TestSite.Errors(site.BuildWithin()).ShouldHaveSingleItem().ShouldStartWith("content/bad\uFFFD.png:1:1: error GEN022: the name of 'content/bad\uFFFD.png' is not valid UTF-8; rename it");
    }

    [Fact]
    public void Static_file_where_a_social_card_goes_is_an_error_for_build_and_check()
    {
        using var site = new TestSite();
        site.Post("2026-04-01-hello.md", "Hello").Write("content/posts/hello/card.png", "mine");
        const string expected = "content/posts/hello/card.png:1:1: error GEN027: 'content/posts/hello/card.png' would be written where the build writes the generated file 'posts/hello/card.png'; rename or move it";
        TestSite.Errors(site.BuildWithin()).ShouldBe([expected]);
        site.Check().Diagnostics.Select(d => d.ToString()).ShouldContain(expected);
    }

    [Fact]
    public void Static_file_with_the_path_of_a_generated_file_or_folder_is_an_error_naming_both_for_build_and_check()
    {
        using var site = new TestSite();
        site.Post("2026-04-01-hello.md", "Hello").Write("content/index.html", "mine").Write("content/feed.xml", "mine")
            .Write("content/robots.txt", "mine").Write("content/posts/hello/index.html", "mine").Write("content/tags", "a file")
            .Write("content/sitemap.xml/x.png", "under a generated file");
        var expected = new[]
        {
            "content/feed.xml:1:1: error GEN027: 'content/feed.xml' would be written where the build writes the generated file 'feed.xml'; rename or move it",
            "content/index.html:1:1: error GEN027: 'content/index.html' would be written where the build writes the generated file 'index.html'; rename or move it",
            "content/posts/hello/index.html:1:1: error GEN027: 'content/posts/hello/index.html' would be written where the build writes the generated file 'posts/hello/index.html'; rename or move it",
            "content/robots.txt:1:1: error GEN027: 'content/robots.txt' would be written where the build writes the generated file 'robots.txt'; rename or move it",
            "content/sitemap.xml/x.png:1:1: error GEN027: 'content/sitemap.xml/x.png' would be written where the build writes the generated file 'sitemap.xml'; rename or move it",
            "content/tags:1:1: error GEN027: 'content/tags' would be written where the build writes the generated folder 'tags/'; rename or move it",
        };
        TestSite.Errors(site.BuildWithin()).ShouldBe(expected);
        site.Check().Diagnostics.Select(d => d.ToString()).ShouldBe(expected);
    }

    [UnreadableFileFact]
    public void Unreadable_file_is_an_error_for_build_and_check()
    {
        using var site = new TestSite();
        site.Post("2026-04-01-a.md", "A").Write("content/images/locked.png", "x").Post("2026-04-02-locked.md", "Locked");
        site.Shell("chmod 000 content/images/locked.png content/posts/2026-04-02-locked.md");
        var errors = TestSite.Errors(site.BuildWithin()).ToList();
        errors.ShouldContain(e => e.StartsWith("content/images/locked.png:1:1: error GEN022: cannot read 'content/images/locked.png'"));
        errors.ShouldContain(e => e.StartsWith("content/posts/2026-04-02-locked.md:1:1: error GEN022: cannot read"));
        site.Check().Errors.ShouldBe(2);
    }
}

/// <summary>Root reads every file whatever its mode, so the test skips, visibly, when the suite runs as root.</summary>
public sealed class UnreadableFileFactAttribute : FactAttribute
{
    public UnreadableFileFactAttribute()
    {
        if (Environment.UserName == "root") Skip = "running as root, which can read a file with mode 000";
    }
}
