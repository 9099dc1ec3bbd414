using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using Generator.Cli;

namespace Generator.Tests.Cli;

/// <summary>What a signal does to a command, without sending one to the test host (the process tests send real ones).</summary>
public class StopSignalTests
{
    [Theory]
    [InlineData(PosixSignal.SIGINT, 130)]
    [InlineData(PosixSignal.SIGTERM, 143)]
    public void A_signal_cancels_the_command_and_names_its_exit_code(PosixSignal signal, int exitCode)
    {
        var ended = new ConcurrentQueue<int>();
        using (var stop = new StopSignal(CancellationToken.None, ended.Enqueue, TimeSpan.FromMilliseconds(200), listen: false))
        {
            stop.Token.IsCancellationRequested.ShouldBeFalse();
            stop.Receive(signal);
            stop.Token.IsCancellationRequested.ShouldBeTrue();
            stop.ExitCode.ShouldBe(exitCode);
        } // the command stopped in time
        Thread.Sleep(500);
        ended.ShouldBeEmpty();
    }

    [Fact]
    public void A_command_that_does_not_stop_within_the_grace_period_is_ended_with_the_signals_code()
    {
        var ended = new BlockingCollection<int>();
        using var stop = new StopSignal(CancellationToken.None, ended.Add, TimeSpan.FromMilliseconds(100), listen: false);
        stop.Receive(PosixSignal.SIGTERM);
        ended.TryTake(out var code, TimeSpan.FromSeconds(10)).ShouldBeTrue();
        code.ShouldBe(143);
    }

    [Fact]
    public void A_second_signal_ends_the_command_at_once()
    {
        var ended = new ConcurrentQueue<int>();
        using var stop = new StopSignal(CancellationToken.None, ended.Enqueue, TimeSpan.FromHours(1), listen: false);
        stop.Receive(PosixSignal.SIGINT);
        ended.ShouldBeEmpty();
        stop.Receive(PosixSignal.SIGTERM);
        ended.ShouldBe([130]); // the first signal decides the code
    }

    [Fact]
    public void Cancellation_from_elsewhere_counts_as_ctrl_c()
    {
        using var outer = new CancellationTokenSource();
        using var stop = new StopSignal(outer.Token, _ => { }, TimeSpan.FromHours(1), listen: false);
        outer.Cancel();
        stop.Token.IsCancellationRequested.ShouldBeTrue();
        stop.ExitCode.ShouldBe(130);
    }
}
