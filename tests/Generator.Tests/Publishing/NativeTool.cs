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

    /// <summary>
    /// Why the native tool cannot be published here, or null when it can: Native AOT links with a C toolchain (clang or
    /// gcc). `dotnet test` needs nothing but the SDK, so without one these tests are skipped with this reason; on CI
    /// (CI=true) they never skip, so a machine that cannot publish the tool fails the run instead.
    /// </summary>
    public static string? SkipReason { get; } =
        OnPath("clang") || OnPath("gcc") || Environment.GetEnvironmentVariable("CI") == "true"
            ? null
            : "Native AOT needs a C toolchain to link (clang or gcc on PATH): install one to test the native tool";

    public NativeTool()
    {
        Executable = Path.Combine(root, "tool", "Generator");
        if (SkipReason is not null)
        {
            PublishOutput = SkipReason;
            return;
        }
        foreach (var folder in new[] { "src/Generator", "templates" }) RepoRoot.CopyFolder(folder, root);
        foreach (var file in new[] { "Directory.Build.props", "Directory.Packages.props", "README.md" })
            File.Copy(Path.Combine(RepoRoot.Path, file), Path.Combine(root, file));
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

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(folder => File.Exists(Path.Combine(folder, program)));
}

/// <summary>A native-tool test: skipped, with the reason shown, only where no C toolchain is found and this is not CI.</summary>
public sealed class NativeToolFactAttribute : FactAttribute
{
    public NativeToolFactAttribute() => Skip = NativeTool.SkipReason;
}
