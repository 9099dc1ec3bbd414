using Generator.Output;
using Generator.Tests.Support;

namespace Generator.Tests.Output;

/// <summary>
/// Two builds of one output folder: the second waits for the first's lock, says whom it waits for, and gives up after
/// the wait with an error naming the process (never an exception with a stack trace).
/// </summary>
public class OutputLockTests
{
    [Fact]
    public void The_lock_file_holds_the_holders_process_id_and_is_gone_once_released()
    {
        using var site = new TestSite();
        var lockFile = OutputLock.PathOf(site.Output);
        using (OutputLock.Take(site.Output, OutputLockWait.Default))
        {
            OutputLock.HolderOf(lockFile).ShouldBe(Environment.ProcessId);
            var second = Should.Throw<OutputLockedException>(() => OutputLock.Take(site.Output, new OutputLockWait(TimeSpan.FromMilliseconds(50))));
            second.Holder.ShouldBe(Environment.ProcessId);
        }
        File.Exists(lockFile).ShouldBeFalse();
        using (OutputLock.Take(site.Output, new OutputLockWait(TimeSpan.Zero))) { } // free again at once
    }

    [Fact]
    public void A_second_build_waits_then_names_the_build_that_holds_the_output_and_exits_1()
    {
        using var site = new TestSite();
        site.Post("2026-04-01-one.md", "One");
        // The first build, a process of its own, renders an endless 404 template while holding the lock.
        site.Write("templates/404.sbn-html", EndlessTemplate.Text);
        using var first = ToolProcess.Start(site.Root, "build");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        // Its staging folder exists once it holds the lock for the rest of the build (it also takes the lock briefly
        // before, to clean up after an earlier build, and lets go of it while it reads and converts the content).
        while (Directory.GetDirectories(site.Root, "._site.tmp-*").Length == 0 || OutputLock.HolderOf(OutputLock.PathOf(site.Output)) is null)
        {
            (first.HasExited || clock.Elapsed > TimeSpan.FromSeconds(90)).ShouldBeFalse($"the first build never took the lock\n{first}");
            Thread.Sleep(20);
        }

        var second = CliRun.WithLockWait(TimeSpan.FromSeconds(1), "build", "--source", site.Root);

        second.ExitCode.ShouldBe(1, second.All);
        second.Error.ShouldContain($"Waiting for another build (process {first.Id}) to finish writing");
        second.Error.ShouldContain($"error: another build (process {first.Id}) has been writing _site for over 1 s and still holds its lock");
        second.Error.ShouldContain($"kill {first.Id}");
        second.All.ShouldNotContain("   at ");
        first.Signal("TERM");
        first.WaitForExit(TimeSpan.FromSeconds(20)).ShouldBe(143, first.ToString());
    }

    [Fact]
    public async Task A_build_waiting_for_the_lock_goes_on_once_the_other_build_lets_go()
    {
        using var site = new TestSite();
        site.Post("2026-04-01-one.md", "One");
        var held = OutputLock.Take(site.Output, OutputLockWait.Default);
        var build = Task.Run(() => CliRun.WithLockWait(TimeSpan.FromSeconds(60), "build", "--source", site.Root));
        await Task.Delay(500);
        build.IsCompleted.ShouldBeFalse();
        held.Dispose();

        var result = await build.WaitAsync(TimeSpan.FromSeconds(60));
        result.ExitCode.ShouldBe(0, result.All);
        result.Error.ShouldContain($"Waiting for another build (process {Environment.ProcessId}) to finish writing");
        File.Exists(Path.Combine(site.Output, "index.html")).ShouldBeTrue();
    }
}
