using System.Diagnostics;

namespace Generator.Tests.Publishing;

/// <summary>
/// Runs the built generator (the Generator.dll this test project references) as its own process in a given folder,
/// as <c>dotnet run</c> would after building it: real working directory, real exit code, plain output.
/// </summary>
public static class GeneratorProcess
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    public sealed record Result(int ExitCode, string Out, string Error)
    {
        public override string ToString() => $"exit code {ExitCode}\n{Out}\n{Error}";
    }

    public static Result Run(string workingDirectory, IReadOnlyList<string> args) =>
        RunProgram(DotnetHost(), workingDirectory, ["exec", typeof(SiteBuild).Assembly.Location, .. args], Timeout);

    /// <summary>Runs <paramref name="program"/> (the native tool, dotnet) in a folder, with plain output, to its end.</summary>
    public static Result RunProgram(string program, string workingDirectory, IReadOnlyList<string> args, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} did not finish within {timeout}: {string.Join(' ', args)}");
        }
        return new Result(process.ExitCode, output.Result, error.Result);
    }

    /// <summary>The dotnet host running the tests (the SDK sets DOTNET_HOST_PATH for them), else the one on PATH.</summary>
    public static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host
        : Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet" ? Environment.ProcessPath! : "dotnet";
}
