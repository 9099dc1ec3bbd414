using System.Collections.Concurrent;
using Generator.Serve;
using Generator.Tests.Support;

namespace Generator.Tests.Serve;

/// <summary>
/// serve never waits on a rebuild that a newer change made pointless, nor keeps Ctrl+C waiting on one. The busy rebuild
/// here renders an endless 404 template (<see cref="EndlessTemplate"/>): it can only end by being cancelled.
/// </summary>
public sealed class CancelledRebuildTests
{
    private const string Template = "templates/404.sbn-html";
    private const string Endless = EndlessTemplate.Text;
    private const string Fixed = "<h1>Fixed not found</h1>";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_change_during_a_busy_rebuild_cancels_it_and_the_newer_change_is_served()
    {
        using var site = new FixtureSite();
        var terminal = new StringWriter();
        await using var server = await Start(site, terminal, new ServeOptions(site.Root, Port: 0));
        var (started, outcomes) = Follow(server);

        site.Write(Template, Endless);
        await BusyWith(started, Template);
        site.Write(Template, Fixed);

        outcomes.TryTake(out var outcome, Patience).ShouldBeTrue("the fix was not built: serve waited on the endless rebuild");
        outcome!.Succeeded.ShouldBeTrue(string.Join("\n", outcome.Diagnostics));
        System.Text.Encoding.UTF8.GetString(server.Current.Find("404.html")!.Content).ShouldContain("Fixed not found");
        outcomes.Count.ShouldBe(0); // the superseded rebuild reported nothing
        terminal.ToString().ShouldNotContain("did not stop"); // it stopped when asked
    }

    [Fact]
    public async Task A_rebuild_that_does_not_stop_in_time_is_left_behind_and_the_newer_change_is_built_from_scratch()
    {
        using var site = new FixtureSite();
        var terminal = new StringWriter();
        // No time at all to stop: the path a rebuild stuck inside one huge document takes.
        await using var server = await Start(site, terminal, new ServeOptions(site.Root, Port: 0) { CancelWait = TimeSpan.Zero });
        var (started, outcomes) = Follow(server);

        site.Write(Template, Endless);
        await BusyWith(started, Template);
        site.Write(Template, Fixed);

        outcomes.TryTake(out var outcome, Patience).ShouldBeTrue("the fix was not built");
        outcome!.Succeeded.ShouldBeTrue(string.Join("\n", outcome.Diagnostics));
        System.Text.Encoding.UTF8.GetString(server.Current.Find("404.html")!.Content).ShouldContain("Fixed not found");
        terminal.ToString().ShouldContain($"The rebuild after changing {Template} did not stop within 0 s of being cancelled");
    }

    [Fact]
    public async Task Stopping_during_a_busy_rebuild_returns_promptly()
    {
        using var site = new FixtureSite();
        var server = await Start(site, new StringWriter(), new ServeOptions(site.Root, Port: 0));
        var (started, _) = Follow(server);
        site.Write(Template, Endless);
        await BusyWith(started, Template);

        var stopping = server.DisposeAsync().AsTask();
        (await Task.WhenAny(stopping, Task.Delay(Patience))).ShouldBe(stopping, "stopping waited on the endless rebuild");
    }

    private static Task<DevServer> Start(FixtureSite site, StringWriter terminal, ServeOptions options) =>
        DevServer.StartAsync(options with { QuietPeriodMilliseconds = 50 }, new ServeReporter(TextWriter.Synchronized(terminal)));

    private static (BlockingCollection<IReadOnlyList<string>> Started, BlockingCollection<RebuildOutcome> Outcomes) Follow(DevServer server)
    {
        var started = new BlockingCollection<IReadOnlyList<string>>();
        var outcomes = new BlockingCollection<RebuildOutcome>();
        server.RebuildStarted += started.Add;
        server.Rebuilt += outcomes.Add;
        return (started, outcomes);
    }

    /// <summary>Waits until a rebuild for <paramref name="path"/> is running, and a little more, so it is rendering.</summary>
    private static async Task BusyWith(BlockingCollection<IReadOnlyList<string>> started, string path)
    {
        while (started.TryTake(out var paths, Patience))
        {
            if (!paths.Contains(path)) continue;
            await Task.Delay(500);
            return;
        }
        throw new ShouldAssertException($"no rebuild started for {path}");
    }
}
