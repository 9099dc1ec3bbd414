using Generator.Output;
using Generator.Tests.Support;

namespace Generator.Tests.Output;

/// <summary>The output folder is replaced on every build: folders the build did not make are refused, and what an
/// interrupted build leaves behind is cleaned up or put back.</summary>
public class OutputFolderTests
{
    [Fact]
    public void Non_empty_folder_without_the_build_mark_is_refused_unless_forced()
    {
        using var site = new TestSite();
        site.Post("2026-04-01-a.md", "A").Write("docs/notes.txt", "keep me");
        var docs = Path.Combine(site.Root, "docs");
        var refused = CliRun.Of("build", "--source", site.Root, "--output", docs);
        refused.ExitCode.ShouldBe(2);
        refused.Error.Trim().ShouldBe($"error: --output '{docs}' is not empty and was not written by newsgen build; every build deletes what it holds. Choose a new or empty folder, or pass --force");
        File.ReadAllText(Path.Combine(docs, "notes.txt")).ShouldBe("keep me");

        CliRun.Of("build", "--source", site.Root, "--output", docs, "--force").ExitCode.ShouldBe(0);
        File.Exists(Path.Combine(docs, OutputFolder.Mark)).ShouldBeTrue();
        CliRun.Of("build", "--source", site.Root, "--output", docs).ExitCode.ShouldBe(0); // its own output now
    }

    [Fact]
    public void Output_that_is_a_file_empty_unwritable_or_a_link_into_the_sources_is_a_usage_error()
    {
        using var site = new TestSite();
        site.Post("2026-04-01-a.md", "A").Write("a-file", "x");
        Directory.CreateSymbolicLink(Path.Combine(site.Root, "out-link"), Path.Combine(site.Root, "content"));
        string Error(string output)
        {
            var run = CliRun.Of("build", "--source", site.Root, "--output", output);
            run.ExitCode.ShouldBe(2);
            run.Error.Trim().Split('\n').Length.ShouldBe(1);
            return run.Error.Trim();
        }
        Error(Path.Combine(site.Root, "a-file")).ShouldEndWith("a-file' is a file, not a folder");
        Error(" ").ShouldBe("error: --output must name a folder");
        Error(Path.Combine(site.Root, "a-file", "site")).ShouldStartWith("error: cannot write to --output");
        Error(Path.Combine(site.Root, "out-link", "site")).ShouldContain("is inside content/");
        File.Exists(Path.Combine(site.Root, "content/site")).ShouldBeFalse();
    }

    [Fact]
    public void Stale_staging_folders_are_removed_and_an_output_lost_mid_swap_is_put_back()
    {
        using var site = new TestSite();
        site.Post("2026-04-01-a.md", "A");
        site.Build().Succeeded.ShouldBeTrue();
        // What SIGKILL between the two renames of the swap leaves: the previous output retired, a staging folder, each
        // marked as the build marks them (SiteWriter.Swap, StagingFolder.Open).
        StagingCleanup.Mark(site.Output, "_site.old-0123");
        Directory.Move(site.Output, site.Output + ".old-0123");
        site.Write("._site.tmp-dead/x.html", "half written");
        StagingCleanup.Mark(Path.Combine(site.Root, "._site.tmp-dead"), "._site.tmp-dead");
        site.Post("2026-04-01-a.md", "A", author: "nobody"); // the next build fails, yet still repairs the folder

        CliRun.Of("build", "--source", site.Root).ExitCode.ShouldBe(1);
        File.Exists(Path.Combine(site.Output, "posts/a/index.html")).ShouldBeTrue();
        File.Exists(Path.Combine(site.Output, StagingCleanup.Marker)).ShouldBeFalse();
        Leftovers(site).ShouldBeEmpty();
    }

    [Fact]
    public void Users_folders_named_like_leftovers_are_never_deleted_nor_taken_for_the_output()
    {
        using var site = new TestSite();
        site.Post("2026-04-01-a.md", "A");
        var docs = Path.Combine(site.Root, "docs");
        // A backup copy of an earlier output (its build mark included), a folder named like a staging folder, and a
        // copy of a real retired output under another name: the marker inside names a folder that is not this one.
        site.Write("docs.old-mybackup/notes.txt", "keep me").Write("docs.old-mybackup/" + OutputFolder.Mark, OutputFolder.MarkText)
            .Write(".docs.tmp-mine/notes.txt", "keep me too").Write("docs.old-copy/notes.txt", "and me")
            .Write("docs.old-copy/" + StagingCleanup.Marker, "docs.old-0123");
        Directory.CreateSymbolicLink(Path.Combine(site.Root, "docs.old-link"), Path.Combine(site.Root, "docs.old-copy"));
        string[] users = ["docs.old-mybackup/notes.txt", ".docs.tmp-mine/notes.txt", "docs.old-copy/notes.txt", "docs.old-link/notes.txt"];

        // With no docs/ yet, the newest docs.old-* used to be taken for an output lost mid-swap, then replaced.
        CliRun.Of("build", "--source", site.Root, "--output", docs).ExitCode.ShouldBe(0);
        File.Exists(Path.Combine(docs, "notes.txt")).ShouldBeFalse();
        CliRun.Of("build", "--source", site.Root, "--output", docs).ExitCode.ShouldBe(0); // and a rebuild's swap
        foreach (var file in users) File.Exists(Path.Combine(site.Root, file)).ShouldBeTrue(file);
        File.Exists(Path.Combine(docs, "posts/a/index.html")).ShouldBeTrue();
        Directory.GetDirectories(site.Root, "docs.old-*").Length.ShouldBe(3); // the build left none of its own
    }

    [Fact]
    public void Staging_folder_carries_a_marker_naming_itself_and_the_output_none()
    {
        using var site = new TestSite();
        site.Post("2026-04-01-a.md", "A");
        using (StagingFolder.Open(site.Output))
        {
            var staging = Directory.GetDirectories(site.Root, "._site.tmp-*").ShouldHaveSingleItem();
            File.ReadAllText(Path.Combine(staging, StagingCleanup.Marker)).ShouldBe(Path.GetFileName(staging));
        }
        site.Build().Succeeded.ShouldBeTrue();
        site.Build().Succeeded.ShouldBeTrue(); // a swap that retires the first output
        File.Exists(Path.Combine(site.Output, StagingCleanup.Marker)).ShouldBeFalse();
        Leftovers(site).ShouldBeEmpty();
    }

    [Fact]
    public void Lock_file_committed_as_a_link_is_refused_and_never_opened()
    {
        using var site = new TestSite();
        site.Post("2026-04-01-a.md", "A");
        var outside = Path.Combine(Path.GetTempPath(), "gen-lock-target-" + Guid.NewGuid().ToString("N")[..12]);
        var lockFile = Path.Combine(site.Root, "._site.lock");
        File.CreateSymbolicLink(lockFile, outside);

        var cli = CliRun.Of("build", "--source", site.Root);
        cli.ExitCode.ShouldBe(2);
        cli.Error.Trim().ShouldBe($"error: the output's lock file '{lockFile}' is a link; a build never opens its lock through a link, so remove it");
        TestSite.Errors(site.Build()).ShouldBe(["._site.lock:1:1: error GEN021: '._site.lock' is a link; the build never opens its own files through a link, so remove it"]);
        File.Exists(outside).ShouldBeFalse(); // not created through the link
        Generator.Content.FileKinds.OfEntry(lockFile).ShouldBe(Generator.Content.FileKind.Link); // nor the link deleted on close
        Directory.Exists(site.Output).ShouldBeFalse();

        File.WriteAllText(outside, "someone's file");
        CliRun.Of("build", "--source", site.Root).ExitCode.ShouldBe(2);
        site.Build().Succeeded.ShouldBeFalse();
        File.ReadAllText(outside).ShouldBe("someone's file");
        File.Delete(outside);
    }

    [Fact]
    public void Cancelled_build_leaves_the_previous_output_and_no_staging_folder()
    {
        using var site = new TestSite();
        site.Post("2026-04-01-a.md", "A");
        site.Build().Succeeded.ShouldBeTrue();
        var before = File.ReadAllText(Path.Combine(site.Output, "posts/a/index.html"));
        site.Post("2026-04-01-a.md", "A changed");
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        Should.Throw<OperationCanceledException>(() => SiteBuild.Write(new BuildOptions(site.Root, site.Output) { Cancel = cancel.Token }));
        File.ReadAllText(Path.Combine(site.Output, "posts/a/index.html")).ShouldBe(before);
        Leftovers(site).ShouldBeEmpty();
    }

    private static IEnumerable<string> Leftovers(TestSite site) =>
        Directory.GetFileSystemEntries(site.Root).Select(Path.GetFileName).OfType<string>().Where(n => n.Contains(".tmp-") || n.Contains(".old-"));
}
