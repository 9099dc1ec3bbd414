using System.Diagnostics;
using System.Runtime.InteropServices;
using Generator.Tests.Support;

namespace Generator.Tests.Publishing;

/// <summary>
/// The tool as the README's fastest publish command makes it: Native AOT, for this machine's runtime. Published once
/// per test run, from a copy of the sources (so it never shares obj/ with a developer's own ReadyToRun publish; the
/// two kinds of output in one obj/ folder break each other).
/// </summary>
public sealed class NativeTool : IDisposable
{
    private static readonly TimeSpan PublishTimeout = TimeSpan.FromMinutes(10);
    private readonly string root = Directory.CreateTempSubdirectory("newsgen-aot-").FullName;

    public NativeTool()
    {
        foreach (var folder in new[] { "src/Generator", "templates" }) Copy(folder);
        foreach (var file in new[] { "Directory.Build.props", "Directory.Packages.props", "README.md" })
            File.Copy(Path.Combine(RepoRoot.Path, file), Path.Combine(root, file));
        Executable = Path.Combine(root, "tool", "Generator");
        var publish = Run("dotnet", root, ["publish", "src/Generator", "-c", "Release", "-r", RuntimeInformation.RuntimeIdentifier,
            "-p:PublishAot=true", "-o", "tool", "--nologo"], PublishTimeout);
        PublishOutput = publish.ToString();
        Published = publish.ExitCode == 0 && File.Exists(Executable);
    }

    public string Executable { get; }

    public bool Published { get; }

    public string PublishOutput { get; }

    public void Dispose()
    {
        try { Directory.Delete(root, recursive: true); } catch (IOException) { }
    }

    public GeneratorProcess.Result Build(string site, params string[] args) => Run(Executable, site, ["build", .. args], TimeSpan.FromMinutes(2));

    public static GeneratorProcess.Result Run(string program, string workingDirectory, IReadOnlyList<string> args, TimeSpan timeout)
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
        return new GeneratorProcess.Result(process.ExitCode, output.Result, error.Result);
    }

    private void Copy(string folder)
    {
        var from = Path.Combine(RepoRoot.Path, folder);
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            if (relative.Split(Path.DirectorySeparatorChar)[0] is "bin" or "obj") continue;
            var target = Path.Combine(root, folder, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
