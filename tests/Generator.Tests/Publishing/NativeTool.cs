using System.Runtime.InteropServices;
using YamlDotNet.RepresentationModel;

namespace Generator.Tests.Publishing;

/// <summary>
/// The Native AOT tool as a release makes it for this machine's runtime: the native job of
/// .github/workflows/release.yml, its own run: commands for this runtime's matrix entry, run once per test run in a
/// clean copy of the repository for the tag <c>v<see cref="Version"/></c>. Its archive, SHA-256 sum and tool package
/// are what the release test checks and the action test installs from; the tool unpacked from the archive is what
/// NativeToolTests compare with the JIT-compiled one. Shared by the test classes of <see cref="NativeToolCollection"/>,
/// so the slow native publish happens once.
/// </summary>
public sealed class NativeTool : IDisposable
{
    public const string Version = "1.2.3";
    public const string ReleaseWorkflow = ".github/workflows/release.yml";

    private static readonly string Rid = RuntimeInformation.RuntimeIdentifier;
    private readonly string root = Directory.CreateTempSubdirectory("newsgen-release-").FullName;

    /// <summary>
    /// Why the native tool cannot be published here, or null when it can: Native AOT links with a C toolchain (clang or
    /// gcc), and the release builds it for four runtimes only. `dotnet test` needs nothing but the SDK, so elsewhere
    /// these tests are skipped with this reason; on CI (CI=true) they never skip, so a machine that cannot publish the
    /// tool fails the run instead.
    /// </summary>
    public static string? SkipReason { get; } =
        Environment.GetEnvironmentVariable("CI") == "true" ? null
        : !OnPath("clang") && !OnPath("gcc") ? "Native AOT needs a C toolchain to link (clang or gcc on PATH): install one to test the native tool"
        : MatrixEntry(Load()) is null ? $"{ReleaseWorkflow} builds no native tool for this machine's runtime ({Rid})"
        : null;

    public NativeTool()
    {
        Checkout = Path.Combine(root, "checkout");
        Archive = Path.Combine(Checkout, "dist", ArchiveName);
        Executable = Path.Combine(root, "tool", OperatingSystem.IsWindows() ? "newsgen.exe" : "newsgen");
        if (SkipReason is not null)
        {
            PublishOutput = SkipReason;
            return;
        }
        RepositoryCopy.To(Checkout);
        var workflow = Load();
        var entry = MatrixEntry(workflow) ?? throw new InvalidOperationException($"{ReleaseWorkflow} has no matrix entry for {Rid}");
        var job = PagesWorkflow.Map(PagesWorkflow.Map(workflow, "jobs"), "native");
        var temp = Directory.CreateDirectory(Path.Combine(root, "runner-temp")).FullName;
        var context = new Dictionary<string, string>(StringComparer.Ordinal) { ["github.ref_name"] = "v" + Version };
        foreach (var (key, value) in entry.Children) context["matrix." + ((YamlScalarNode)key).Value] = ((YamlScalarNode)value).Value!;
        Runner = new StepRunner(Checkout, context) { DefaultShell = PagesWorkflow.Text(PagesWorkflow.Map(PagesWorkflow.Map(job, "defaults"), "run"), "shell") };
        foreach (var (name, value) in StepRunner.RunnerVariables(temp)) Runner.Env[name] = value;
        foreach (var scope in new[] { workflow, job })
            foreach (var (key, value) in PagesWorkflow.Map(scope, "env").Children)
                Runner.Env[((YamlScalarNode)key).Value!] = Runner.Fill(((YamlScalarNode)value).Value!);

        var steps = ((YamlSequenceNode)PagesWorkflow.Node(job, "steps")).Children.Cast<YamlMappingNode>();
        Failure = Runner.RunAll(steps, step => UsesSteps.Add(PagesWorkflow.Text(step, "uses")!));
        PublishOutput = Runner.Log;
        if (Failure is not null || !File.Exists(Archive)) return;

        Directory.CreateDirectory(Path.GetDirectoryName(Executable)!);
        var unpack = GeneratorProcess.RunProgram("tar", root, ["-xzf", Archive, "-C", Path.GetDirectoryName(Executable)!], TimeSpan.FromMinutes(1));
        Published = unpack.ExitCode == 0 && File.Exists(Executable);
    }

    public static string ArchiveName => $"newsgen-{Version}-{Rid}.tar.gz";

    /// <summary>The repository copy the release commands ran in (dist/ and nupkg/ hold what they made).</summary>
    public string Checkout { get; }

    /// <summary>dist/newsgen-&lt;version&gt;-&lt;rid&gt;.tar.gz; its sum is beside it, with .sha256 added.</summary>
    public string Archive { get; }

    /// <summary>newsgen, unpacked from the archive.</summary>
    public string Executable { get; }

    public bool Published { get; }

    /// <summary>What the release steps printed (or why they did not run).</summary>
    public string PublishOutput { get; }

    /// <summary>The step that failed, if one did.</summary>
    public (YamlMappingNode Step, string Output)? Failure { get; }

    /// <summary>The actions the job uses (checkout, setup-dotnet, upload-artifact): not run here.</summary>
    public List<string> UsesSteps { get; } = [];

    public StepRunner? Runner { get; }

    public void Dispose()
    {
        try { Directory.Delete(root, recursive: true); } catch (IOException) { }
    }

    /// <summary>Runs the native tool in <paramref name="site"/> with the given arguments.</summary>
    public GeneratorProcess.Result Run(string site, params string[] args) =>
        GeneratorProcess.RunProgram(Executable, site, args, TimeSpan.FromMinutes(2));

    public static YamlMappingNode Load() => YamlFile.Load(ReleaseWorkflow);

    /// <summary>The matrix entry of the native job for this machine's runtime.</summary>
    public static YamlMappingNode? MatrixEntry(YamlMappingNode workflow)
    {
        var native = PagesWorkflow.Map(PagesWorkflow.Map(workflow, "jobs"), "native");
        var include = (YamlSequenceNode)PagesWorkflow.Node(PagesWorkflow.Map(PagesWorkflow.Map(native, "strategy"), "matrix"), "include");
        return include.Children.Cast<YamlMappingNode>().FirstOrDefault(e => PagesWorkflow.Text(e, "rid") == Rid);
    }

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(folder => File.Exists(Path.Combine(folder, program)));
}

/// <summary>The test classes that use the one native publish of a test run; they run one after the other.</summary>
[CollectionDefinition(Name)]
public sealed class NativeToolCollection : ICollectionFixture<NativeTool>
{
    public const string Name = "Native tool";
}

/// <summary>A native-tool test: skipped, with the reason shown, only where the tool cannot be published and this is not CI.</summary>
public sealed class NativeToolFactAttribute : FactAttribute
{
    public NativeToolFactAttribute() => Skip = NativeTool.SkipReason;
}
