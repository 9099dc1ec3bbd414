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
        foreach (var folder in new[] { "src/Generator", "templates" }) RepoRoot.CopyFolder(folder, root);
        foreach (var file in new[] { "Directory.Build.props", "Directory.Packages.props", "README.md" })
            File.Copy(Path.Combine(RepoRoot.Path, file), Path.Combine(root, file));
        Executable = Path.Combine(root, "tool", "Generator");
        string[] args = ["publish", "src/Generator", "-c", "Release", "-r", RuntimeInformation.RuntimeIdentifier, "-p:PublishAot=true",
            "-o", "tool", "--nologo"];
        var publish = GeneratorProcess.RunProgram(GeneratorProcess.DotnetHost(), root, args, PublishTimeout);
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

    /// <summary>Runs the native tool in <paramref name="site"/> with the given arguments.</summary>
    public GeneratorProcess.Result Run(string site, params string[] args) =>
        GeneratorProcess.RunProgram(Executable, site, args, TimeSpan.FromMinutes(2));
}
