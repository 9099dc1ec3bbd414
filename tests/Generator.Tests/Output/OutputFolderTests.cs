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
        // What SIGKILL between the two renames of the swap leaves: the previous output retired, a staging folder.
        Directory.Move(site.Output, site.Output + ".old-0123");
        site.Write("._site.tmp-dead/x.html", "half written");
        site.Post("2026-04-01-a.md", "A", author: "nobody"); // the next build fails, yet still repairs the folder

        CliRun.Of("build", "--source", site.Root).ExitCode.ShouldBe(1);
        File.Exists(Path.Combine(site.Output, "posts/a/index.html")).ShouldBeTrue();
        Leftovers(site).ShouldBeEmpty();
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
        Should.Throw<OperationCanceledException>(() => SiteBuild.Run(new BuildOptions(site.Root, site.Output) { Cancel = cancel.Token }));
        File.ReadAllText(Path.Combine(site.Output, "posts/a/index.html")).ShouldBe(before);
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

    private static IEnumerable<string> Leftovers(TestSite site) =>
        Directory.GetFileSystemEntries(site.Root).Select(Path.GetFileName).OfType<string>().Where(n => n.Contains(".tmp-") || n.Contains(".old-"));
}
