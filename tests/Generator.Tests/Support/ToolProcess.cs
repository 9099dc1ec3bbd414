using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using Generator.Tests.Publishing;

namespace Generator.Tests.Support;

/// <summary>
/// The built tool (the Generator.dll this project references) running as a process of its own, for what only a
/// process has: signals, sent with <c>kill</c> as a terminal, CI runner or container runtime sends them, and exit codes.
/// </summary>
public sealed class ToolProcess : IDisposable
{
    private readonly Process process;
    private readonly BlockingCollection<string> lines = [];
    private readonly StringBuilder output = new();
    private readonly StringBuilder error = new();

    private ToolProcess(Process process)
    {
        this.process = process;
        process.OutputDataReceived += (_, e) => Received(e.Data, output);
        process.ErrorDataReceived += (_, e) => Received(e.Data, error);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public static ToolProcess Start(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo(GeneratorProcess.DotnetHost())
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in (string[])["exec", typeof(SiteBuild).Assembly.Location, .. args]) start.ArgumentList.Add(arg);
        start.Environment["NO_COLOR"] = "1";
        return new ToolProcess(Process.Start(start) ?? throw new InvalidOperationException("could not start the tool"));
    }

    public string Out { get { lock (output) return output.ToString(); } }

    public string Error { get { lock (error) return error.ToString(); } }

    public bool HasExited => process.HasExited;

    public int Id => process.Id;

    /// <summary>Sends a signal by name (TERM, INT) with kill(1).</summary>
    public void Signal(string name)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", ["-" + name, process.Id.ToString()]) { UseShellExecute = false })!;
        kill.WaitForExit();
        kill.ExitCode.ShouldBe(0, $"kill -{name} failed");
    }

    /// <summary>The first line (of either stream) that matches, waiting for it; null if none came in time.</summary>
    public string? WaitForLine(Func<string, bool> match, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline && lines.TryTake(out var line, deadline - DateTime.UtcNow))
            if (match(line)) return line;
        return null;
    }

    /// <summary>The exit code; fails the test if the process has not ended within <paramref name="timeout"/>.</summary>
    public int WaitForExit(TimeSpan timeout)
    {
        if (!process.WaitForExit(timeout)) throw new ShouldAssertException($"the tool did not exit within {timeout}\n{this}");
        process.WaitForExit(); // the output read to its end
        return process.ExitCode;
    }

    private void Received(string? line, StringBuilder into)
    {
        if (line is null) return;
        lock (into) into.AppendLine(line);
        lines.Add(line);
    }

    public override string ToString() => $"stdout:\n{Out}\nstderr:\n{Error}";

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
        process.Dispose();
    }
}
