using Generator.Tests.Support;

namespace Generator.Tests.Cli;

/// <summary>
/// Ctrl+C (SIGINT) and SIGTERM, sent with kill(1) to the built tool running as its own process, as a terminal, a CI
/// timeout or a container runtime sends them. Each stops a busy build or serve promptly, keeps the previous output,
/// and exits 130 or 143. The busy work is an endless 404 template (<see cref="EndlessTemplate"/>), or thousands of long posts.
/// </summary>
public class SignalTests
{
    private const string Endless = EndlessTemplate.Text;
    private static readonly TimeSpan Start = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan Prompt = TimeSpan.FromSeconds(20); // the fallback exit comes after StopSignal.Grace

    [Theory]
    [InlineData("TERM", 143)]
    [InlineData("INT", 130)]
    public void A_signal_while_the_build_renders_stops_it_and_keeps_the_previous_output(string signal, int exitCode)
    {
        using var site = new TestSite();
        site.Post("2026-04-01-one.md", "One");
        CliRun.Of("build", "--source", site.Root).ExitCode.ShouldBe(0);
        var before = Snapshot(site.Output);
        site.Write("templates/404.sbn-html", Endless);

        using var build = ToolProcess.Start(site.Root, "build");
        WaitFor(() => StagingFolders(site).Length > 0, build); // the build is rendering into its staging folder
        build.Signal(signal);

        build.WaitForExit(Prompt).ShouldBe(exitCode, build.ToString());
        build.Error.ShouldContain("Build cancelled; the previous output in _site was left as it was.");
        build.Error.ShouldNotContain("   at ");
        Snapshot(site.Output).ShouldBe(before);
        StagingFolders(site).ShouldBeEmpty();
    }

    [Fact]
    public void SIGTERM_while_the_build_reads_and_converts_thousands_of_posts_stops_it_before_it_writes()
    {
        using var site = new TestSite();
        site.Post("2026-04-01-one.md", "One");
        CliRun.Of("build", "--source", site.Root).ExitCode.ShouldBe(0);
        var before = Snapshot(site.Output);
        // 60 MB of Markdown: seconds of work in the Content and Markdown stages before the first page renders.
        var paragraph = string.Concat(Enumerable.Repeat("Chips and *models* shipped, with [a report](https://example.com/r), `code` and **bold** words. ", 4));
        var body = string.Join("\n\n", Enumerable.Range(1, 40).Select(i => $"## Section {i}\n\n{paragraph}\n\n- one\n- two"));
        for (var i = 0; i < 2000; i++) site.Post($"2026-03-01-post-{i:0000}.md", $"Post {i}", body: body);

        using var build = ToolProcess.Start(site.Root, "build");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(2))
        {
            StagingFolders(site).ShouldBeEmpty("the build reached its write stage within 2 s; this test needs more posts to be busy before it");
            Thread.Sleep(50);
        }
        build.HasExited.ShouldBeFalse(build.ToString());
        build.Signal("TERM");

        build.WaitForExit(Prompt).ShouldBe(143, build.ToString());
        build.Error.ShouldContain("Build cancelled; the previous output in _site was left as it was.");
        Snapshot(site.Output).ShouldBe(before);
        StagingFolders(site).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("TERM", 143)]
    [InlineData("INT", 130)]
    public void A_signal_stops_serve_even_while_a_rebuild_is_busy(string signal, int exitCode)
    {
        using var site = new TestSite();
        site.Post("2026-04-01-one.md", "One");
        using var serve = ToolProcess.Start(site.Root, "serve", "--port", "0");
        serve.WaitForLine(l => l.StartsWith("Serving http", StringComparison.Ordinal), Start).ShouldNotBeNull(serve.ToString());

        site.Write("templates/404.sbn-html", Endless);
        Thread.Sleep(1500); // the watcher's quiet period, then the rebuild renders the 404 page for ever
        serve.HasExited.ShouldBeFalse(serve.ToString());
        serve.Signal(signal);

        serve.WaitForExit(Prompt).ShouldBe(exitCode, serve.ToString());
        serve.Out.ShouldContain("Stopped.");
        serve.Error.ShouldNotContain("without waiting"); // it stopped the rebuild, it was not cut off
    }

    [Fact]
    public void SIGTERM_stops_a_busy_check_and_exits_143()
    {
        using var site = new TestSite();
        site.Post("2026-04-01-one.md", "One").Write("templates/404.sbn-html", Endless);
        using var check = ToolProcess.Start(site.Root, "check");
        Thread.Sleep(4000); // start-up, then rendering the 404 page for ever
        check.HasExited.ShouldBeFalse(check.ToString());
        check.Signal("TERM");

        check.WaitForExit(Prompt).ShouldBe(143, check.ToString());
        check.Error.ShouldContain("Check cancelled.");
    }

    private static string[] StagingFolders(TestSite site) => Directory.GetDirectories(site.Root, "._site.tmp-*");

    private static void WaitFor(Func<bool> condition, ToolProcess process)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!condition())
        {
            if (process.HasExited || clock.Elapsed > Start) throw new ShouldAssertException($"the build never got busy\n{process}");
            Thread.Sleep(20);
        }
    }

    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));
}
