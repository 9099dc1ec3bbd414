using Generator.Cli;

namespace Generator.Tests.Support;

/// <summary>Runs the CLI in-process with plain output captured, as a script or CI would see it.</summary>
public sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static readonly DateTimeOffset Today = new(2026, 5, 4, 12, 0, 0, TimeSpan.Zero);

    public string All => Out + Error;

    public static CliRun Of(params string[] args) => In(null, args);

    /// <summary>Runs as if started in <paramref name="workingFolder"/> (without changing the process's folder).</summary>
    public static CliRun In(string? workingFolder, params string[] args) => Run(workingFolder, null, args);

    /// <summary>Runs with build's wait for another build's output lock shortened to <paramref name="lockWait"/>.</summary>
    public static CliRun WithLockWait(TimeSpan lockWait, params string[] args) => Run(null, lockWait, args);

    private static CliRun Run(string? workingFolder, TimeSpan? lockWait, string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = Program.Run(args, CliConsole.Plain(TextWriter.Synchronized(output), TextWriter.Synchronized(error)), new FixedClock(Today),
            workingFolder, lockWait);
        return new CliRun(exit, output.ToString(), error.ToString());
    }
}
