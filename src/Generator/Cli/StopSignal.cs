using System.Runtime.InteropServices;

namespace Generator.Cli;

/// <summary>
/// Ctrl+C (SIGINT) and SIGTERM (what CI timeouts, <c>timeout</c>, systemd and container runtimes send) stop a command
/// the same way: the signal becomes cancellation, which every long loop of the pipeline observes, and the process's
/// default of dying at once is suppressed, so a build removes its staging folder and leaves the previous output as it
/// was, and serve closes its connections. The exit code says which signal it was, as a shell reports a process the
/// signal killed: 130 (128 + SIGINT) or 143 (128 + SIGTERM).
/// A signal is always obeyed: when the command has not stopped <see cref="Grace"/> after it (work no loop of ours
/// surrounds, such as one enormous document inside a parser), or a second signal comes, <c>overdue</c> ends the
/// process there and then, with the same exit code.
/// </summary>
internal sealed class StopSignal : IDisposable
{
    /// <summary>Long enough for any loop to reach its next check, short enough for CI's kill after SIGTERM (GitHub
    /// Actions waits 7.5 s, Docker 10 s).</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(3);

    private readonly CancellationTokenSource source;
    private readonly PosixSignalRegistration[] registrations;
    private readonly Action<int> overdue;
    private readonly TimeSpan grace;
    private readonly Lock gate = new();
    private Timer? deadline;
    private int exitCode;
    private bool disposed;

    /// <param name="overdue">Ends the process with the exit code it is given (tests give something that records it).</param>
    internal StopSignal(CancellationToken outer, Action<int> overdue, TimeSpan grace, bool listen = true)
    {
        source = CancellationTokenSource.CreateLinkedTokenSource(outer);
        this.overdue = overdue;
        this.grace = grace;
        registrations = listen ? [Register(PosixSignal.SIGINT), Register(PosixSignal.SIGTERM)] : [];
    }

    public CancellationToken Token => source.Token;

    /// <summary>130 after SIGINT (or a cancellation that came from elsewhere), 143 after SIGTERM.</summary>
    public int ExitCode
    {
        get { lock (gate) return exitCode == 0 ? ExitCodes.Cancelled : exitCode; }
    }

    /// <summary>Listens for SIGINT and SIGTERM until disposed; <paramref name="overdueLine"/> is printed when the
    /// process ends without waiting for the command.</summary>
    public static StopSignal Listen(TextWriter error, string overdueLine, CancellationToken outer = default) =>
        new(outer, code =>
        {
            error.WriteLine(overdueLine);
            error.Flush();
            Environment.Exit(code);
        }, Grace);

    private PosixSignalRegistration Register(PosixSignal signal) => PosixSignalRegistration.Create(signal, context =>
    {
        context.Cancel = true;
        Receive(signal);
    });

    /// <summary>What a signal does; the registration calls it, and tests call it without a real signal.</summary>
    internal void Receive(PosixSignal signal)
    {
        var code = signal == PosixSignal.SIGTERM ? ExitCodes.Terminated : ExitCodes.Cancelled;
        bool first;
        lock (gate)
        {
            if (disposed) return;
            first = exitCode == 0;
            if (first)
            {
                exitCode = code;
                deadline = new Timer(_ => Overdue(), null, grace, Timeout.InfiniteTimeSpan);
            }
        }
        if (first) source.Cancel();
        else Overdue(); // a second Ctrl+C: the author does not want to wait
    }

    private void Overdue()
    {
        int code;
        lock (gate)
        {
            if (disposed) return; // the command stopped in time
            code = exitCode;
        }
        overdue(code);
    }

    public void Dispose()
    {
        lock (gate)
        {
            if (disposed) return;
            disposed = true;
            deadline?.Dispose();
        }
        foreach (var registration in registrations) registration.Dispose();
        source.Dispose();
    }
}
