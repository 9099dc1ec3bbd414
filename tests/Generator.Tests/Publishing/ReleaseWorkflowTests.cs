using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Generator.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Generator.Tests.Publishing;

/// <summary>
/// .github/workflows/release.yml: its shape, its NuGet step run with and without the secret (with a stand-in for
/// dotnet that records the pushes), and its native job's own commands for this machine's runtime (run once, by
/// <see cref="NativeTool"/>), whose archive, SHA-256 sum, tool package and version are checked here. The upload to a
/// GitHub Release and the push to nuget.org cannot run here (README: "Releases").
/// </summary>
[Collection(NativeToolCollection.Name)]
public sealed partial class ReleaseWorkflowTests(NativeTool release) : IDisposable
{
    private static readonly string[] Runtimes = ["linux-x64", "linux-arm64", "osx-arm64", "win-x64"];
    private readonly YamlMappingNode workflow = NativeTool.Load();
    private readonly string work = Directory.CreateTempSubdirectory("newsgen-release-test-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(work, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public void Runs_on_version_tags_only_tests_first_and_releases_last()
    {
        var on = PagesWorkflow.Map(workflow, "on");
        PagesWorkflow.Keys(on).ShouldBe(["push"]);
        PagesWorkflow.Keys(PagesWorkflow.Map(on, "push")).ShouldBe(["tags"]);
        ((YamlSequenceNode)PagesWorkflow.Node(PagesWorkflow.Map(on, "push"), "tags")).Children.Select(t => ((YamlScalarNode)t).Value).ShouldBe(["v*"]);
        PagesWorkflow.Keys(Jobs).ShouldBe(["test", "native", "packages", "release"]);
        Needs("native").ShouldBe(["test"]);
        Needs("packages").ShouldBe(["test"]);
        Needs("release").ShouldBe(["native", "packages"]);
        Runs("test").ShouldContain("dotnet test Generator.sln");
    }

    [Fact]
    public void Builds_the_native_tool_for_each_runtime_the_tool_package_points_at_on_a_runner_of_its_kind()
    {
        var include = (YamlSequenceNode)PagesWorkflow.Node(PagesWorkflow.Map(PagesWorkflow.Map(Job("native"), "strategy"), "matrix"), "include");
        var entries = include.Children.Cast<YamlMappingNode>().ToDictionary(e => PagesWorkflow.Text(e, "rid")!, e => PagesWorkflow.Text(e, "os")!);
        entries.Keys.ShouldBe(Runtimes);
        entries["linux-x64"].ShouldStartWith("ubuntu-");
        entries["linux-arm64"].ShouldEndWith("-arm");
        entries["osx-arm64"].ShouldStartWith("macos-");
        entries["win-x64"].ShouldStartWith("windows-");
        var project = File.ReadAllText(Path.Combine(RepoRoot.Path, "src/Generator/Generator.csproj"));
        ToolPackageRuntimes().Match(project).Groups[1].Value.Split(';').ShouldBe([.. Runtimes, "any"], "a package for each native build, and the portable one");
        var packs = Runs("packages");
        packs.ShouldContain("dotnet pack src/Generator -c Release -p:NativeToolPackages=true");
        packs.ShouldContain("dotnet pack src/Generator -c Release -r any -p:NativeToolPackages=true");
    }

    [Fact]
    public void Only_the_release_job_may_write_to_the_repository_and_every_action_is_named_at_a_major_version()
    {
        PagesWorkflow.Text(PagesWorkflow.Map(workflow, "permissions"), "contents").ShouldBe("read");
        foreach (var job in PagesWorkflow.Keys(Jobs).Where(j => j != "release")) PagesWorkflow.Keys(Job(job)).ShouldNotContain("permissions", job);
        PagesWorkflow.Text(PagesWorkflow.Map(Job("release"), "permissions"), "contents").ShouldBe("write");
        var uses = YamlFile.Uses(workflow);
        uses.ShouldNotBeEmpty();
        uses.ShouldAllBe(u => Regex.IsMatch(u, @"^actions/[a-z-]+@v\d+$"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("the-key")]
    public void Pushes_the_runtime_packages_before_the_package_pointing_at_them_and_only_with_the_secret(string key)
    {
        var step = YamlFile.Steps(Job("release")).Single(s => PagesWorkflow.Text(s, "name") == "Push the tool packages to nuget.org");
        PagesWorkflow.Text(PagesWorkflow.Map(step, "env"), "NUGET_API_KEY").ShouldBe("${{ secrets.NUGET_API_KEY }}");
        var nupkg = Directory.CreateDirectory(Path.Combine(work, "nupkg")).FullName;
        foreach (var name in new[] { "NewsGen.1.2.3", "NewsGen.any.1.2.3", "NewsGen.linux-x64.1.2.3", "NewsGen.win-x64.1.2.3" })
            File.WriteAllText(Path.Combine(nupkg, name + ".nupkg"), "");
        // A stand-in for dotnet on PATH that records what it was asked to push.
        var bin = Directory.CreateDirectory(Path.Combine(work, "bin")).FullName;
        File.WriteAllText(Path.Combine(bin, "dotnet"), "#!/bin/sh\necho \"$@\" >> \"$PUSHED\"\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(Path.Combine(bin, "dotnet"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var pushed = Path.Combine(work, "pushed.txt");
        var runner = new StepRunner(work, new Dictionary<string, string> { ["secrets.NUGET_API_KEY"] = key }) { DefaultShell = "bash" };
        runner.Env["TAG"] = "v1.2.3";
        runner.Env["PUSHED"] = pushed;
        runner.Env["PATH"] = bin + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH");

        var failure = runner.RunAll([step], _ => throw new InvalidOperationException("no uses: step here"));

        failure.ShouldBeNull(runner.Log);
        if (key.Length == 0)
        {
            File.Exists(pushed).ShouldBeFalse("nothing is pushed without the secret");
            runner.Log.ShouldContain("::notice title=NuGet::no NUGET_API_KEY secret");
            return;
        }
        var packages = File.ReadAllLines(pushed).Select(l => l.Split(' ')).ToList();
        packages.ShouldAllBe(args => args[0] == "nuget" && args[1] == "push" && args.Contains("the-key") && args.Contains("--skip-duplicate"));
        packages.Select(args => Path.GetFileName(args[2])).ShouldBe(["NewsGen.any.1.2.3.nupkg", "NewsGen.linux-x64.1.2.3.nupkg", "NewsGen.win-x64.1.2.3.nupkg", "NewsGen.1.2.3.nupkg"]);
    }

    [NativeToolFact]
    public void The_native_jobs_commands_make_an_archive_with_its_sha256_sum_and_a_tool_package_all_of_the_tags_version()
    {
        release.Failure.ShouldBeNull(release.PublishOutput);
        release.Published.ShouldBeTrue(release.PublishOutput);
        release.UsesSteps.Select(u => u.Split('@')[0]).ShouldBe(["actions/checkout", "actions/setup-dotnet", "actions/upload-artifact"]);

        var listing = GeneratorProcess.RunProgram("tar", work, ["-tzf", release.Archive], TimeSpan.FromMinutes(1));
        listing.ExitCode.ShouldBe(0);
        var entries = listing.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(e => e.TrimStart('.', '/')).Order(StringComparer.Ordinal).ToList();
        entries.ShouldContain(OperatingSystem.IsWindows() ? "newsgen.exe" : "newsgen");
        entries.ShouldContain(e => e.StartsWith("libSkiaSharp.", StringComparison.Ordinal), "the social cards' native library travels with the tool");
        entries.ShouldNotContain(e => e.EndsWith(".dbg", StringComparison.Ordinal) || e.EndsWith(".pdb", StringComparison.Ordinal), "no debug symbols");

        var sum = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(release.Archive)));
        File.ReadAllText(release.Archive + ".sha256").ShouldBe($"{sum}  {NativeTool.ArchiveName}\n", "sha256sum's format, which sha256sum -c reads");
        GeneratorProcess.RunProgram("sha256sum", Path.GetDirectoryName(release.Archive)!, ["-c", NativeTool.ArchiveName + ".sha256"], TimeSpan.FromMinutes(1))
            .ExitCode.ShouldBe(0);

        var version = release.Run(work, "--version");
        version.ExitCode.ShouldBe(0);
        version.Out.Trim().ShouldBe(NativeTool.Version);

        var rid = System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier;
        using var package = ZipFile.OpenRead(Path.Combine(release.Checkout, "nupkg", $"NewsGen.{rid}.{NativeTool.Version}.nupkg"));
        var files = package.Entries.Select(e => e.FullName).ToList();
        files.ShouldContain($"tools/any/{rid}/DotnetToolSettings.xml");
        files.ShouldContain($"tools/any/{rid}/{(OperatingSystem.IsWindows() ? "Generator.exe" : "Generator")}", "the native executable");
        files.ShouldContain(f => f.StartsWith($"tools/any/{rid}/libSkiaSharp.", StringComparison.Ordinal));
        files.ShouldNotContain(f => f.EndsWith(".dll", StringComparison.Ordinal) && !f.Contains("SkiaSharp") || f.EndsWith(".dbg", StringComparison.Ordinal),
            "no managed assemblies (it is native) and no debug symbols");
    }

    private YamlMappingNode Jobs => PagesWorkflow.Map(workflow, "jobs");

    private YamlMappingNode Job(string id) => PagesWorkflow.Map(Jobs, id);

    private IReadOnlyList<string> Needs(string job) => PagesWorkflow.Node(Job(job), "needs") switch
    {
        YamlScalarNode one => [one.Value!],
        YamlSequenceNode many => many.Children.Select(n => ((YamlScalarNode)n).Value!).ToList(),
        _ => throw new InvalidDataException(job),
    };

    /// <summary>The commands of a job's run: steps, one per line.</summary>
    private IReadOnlyList<string> Runs(string job) => YamlFile.Steps(Job(job)).Select(s => PagesWorkflow.Text(s, "run")).OfType<string>()
        .SelectMany(r => r.Split('\n')).Select(l => l.Trim()).Select(l => Regex.Replace(l, @" -p:MinVerVersionOverride=""\$VERSION"" -o nupkg --nologo$", ""))
        .ToList();

    [GeneratedRegex("<ToolPackageRuntimeIdentifiers>(.*)</ToolPackageRuntimeIdentifiers>")]
    private static partial Regex ToolPackageRuntimes();
}
