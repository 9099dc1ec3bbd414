using System.Security.Cryptography;
using Generator.Scaffold;
using YamlDotNet.RepresentationModel;

namespace Generator.Tests.Publishing;

/// <summary>
/// action.yml, run: its steps' own scripts, read from the YAML, with GITHUB_ACTION_PATH pointing at a clean copy of
/// this repository and a runner-like environment (RUNNER_OS, RUNNER_ARCH, RUNNER_TEMP, the command files), both ways
/// it installs newsgen: the release's archive (here from a local folder standing for the GitHub release, holding the
/// archive the release workflow's own commands made) and, where the release has none, a build from the action's
/// source. Then the installed newsgen makes a blog with init, builds it and checks it strictly, as a blog's workflow
/// does. What cannot run here: actions/setup-dotnet (this machine's SDK stands in for it) and a download from GitHub.
/// </summary>
[Collection(NativeToolCollection.Name)]
public sealed class ActionTests(NativeTool release) : IDisposable
{
    private static readonly YamlMappingNode Action = YamlFile.Load("action.yml");
    private readonly string work = Directory.CreateTempSubdirectory("newsgen-action-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(work, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public void Is_a_composite_action_whose_steps_run_bash_with_values_from_env_and_use_actions_at_a_major_version()
    {
        PagesWorkflow.Text(PagesWorkflow.Map(Action, "runs"), "using").ShouldBe("composite");
        PagesWorkflow.Keys(PagesWorkflow.Map(Action, "inputs")).ShouldBe(["version", "command", "working-directory", "releases-url"]);
        foreach (var step in YamlFile.Steps(PagesWorkflow.Map(Action, "runs")).Where(s => PagesWorkflow.Text(s, "run") is not null))
        {
            PagesWorkflow.Text(step, "shell").ShouldBe("bash");
            PagesWorkflow.Text(step, "run")!.ShouldNotContain("${{", customMessage: "a script gets inputs through env, never pasted into its text");
        }
        YamlFile.Uses(Action).ShouldAllBe(u => System.Text.RegularExpressions.Regex.IsMatch(u, @"^actions/[a-z-]+@v\d+$"));
    }

    [NativeToolFact]
    public void Installs_the_release_binary_after_checking_its_sum_and_the_installed_newsgen_builds_a_new_blog()
    {
        release.Published.ShouldBeTrue(release.PublishOutput);
        var releases = Directory.CreateDirectory(Path.Combine(work, "releases", "v" + NativeTool.Version)).FullName;
        File.Copy(release.Archive, Path.Combine(releases, NativeTool.ArchiveName));
        File.Copy(release.Archive + ".sha256", Path.Combine(releases, NativeTool.ArchiveName + ".sha256"));

        var (runner, failure, uses) = RunAction(new() { ["version"] = NativeTool.Version, ["releases-url"] = Url(Path.GetDirectoryName(releases)!) });

        failure.ShouldBeNull(runner.Log);
        uses.ShouldBeEmpty("with a release binary, .NET is not set up");
        runner.Output("installed", "source").ShouldBe("release");
        runner.Output("installed", "version").ShouldBe(NativeTool.Version);
        BuildsANewBlog(Tool(runner), Workspace, "1.2.3");
    }

    [Fact]
    public void Refuses_a_release_archive_that_does_not_match_its_sum_and_installs_nothing()
    {
        var releases = Directory.CreateDirectory(Path.Combine(work, "releases", "v" + NativeTool.Version)).FullName;
        var content = Directory.CreateDirectory(Path.Combine(work, "fake")).FullName;
        File.WriteAllText(Path.Combine(content, "newsgen"), "#!/bin/sh\necho tampered\n");
        GeneratorProcess.RunProgram("tar", content, ["-czf", Path.Combine(releases, NativeTool.ArchiveName), "newsgen"], TimeSpan.FromMinutes(1))
            .ExitCode.ShouldBe(0);
        var other = Convert.ToHexStringLower(SHA256.HashData("another archive"u8));
        File.WriteAllText(Path.Combine(releases, NativeTool.ArchiveName + ".sha256"), $"{other}  {NativeTool.ArchiveName}\n");

        var (runner, failure, uses) = RunAction(new() { ["version"] = NativeTool.Version, ["releases-url"] = Url(Path.GetDirectoryName(releases)!) });

        failure.ShouldNotBeNull(runner.Log);
        PagesWorkflow.Text(failure.Value.Step, "id").ShouldBe("release");
        failure.Value.Output.ShouldContain($"::error title=newsgen::{NativeTool.ArchiveName} does not match its SHA-256 sum (expected {other}");
        runner.PathAdditions.ShouldBeEmpty();
        uses.ShouldBeEmpty("a bad archive stops the action; it does not fall back to building from source");
    }

    [Fact]
    public void Builds_newsgen_from_the_actions_source_where_the_release_has_no_binary_and_runs_the_command_in_the_working_directory()
    {
        var emptyReleases = Directory.CreateDirectory(Path.Combine(work, "releases")).FullName;
        Directory.CreateDirectory(Path.Combine(Workspace, "site"));

        var (runner, failure, uses) = RunAction(new()
        {
            ["version"] = NativeTool.Version,
            ["releases-url"] = Url(emptyReleases),
            ["working-directory"] = "site",
            ["command"] = "init blog --title \"Built from source\"",
        });

        failure.ShouldBeNull(runner.Log);
        runner.Log.ShouldContain("is not in the v1.2.3 release; building newsgen from source");
        uses.ShouldBe(["actions/setup-dotnet@v5"]);
        runner.Output("installed", "source").ShouldBe("source");
        runner.Output("installed", "version").ShouldBe(NativeTool.Version, "the version comes from the input, the copy has no git history");
        var blog = Path.Combine(Workspace, "site", "blog");
        File.ReadAllText(Path.Combine(blog, "site.yml")).ShouldContain("title: \"Built from source\"");
        BuildsANewBlog(Tool(runner), Path.Combine(Workspace, "site"), NativeTool.Version, initialised: true);
    }

    private string Workspace => Path.Combine(work, "workspace");

    /// <summary>Runs the action's steps with these inputs (the others take their defaults), as a workflow step would.</summary>
    private (StepRunner Runner, (YamlMappingNode Step, string Output)? Failure, List<string> Uses) RunAction(Dictionary<string, string> inputs)
    {
        var actionPath = Path.Combine(work, "action");
        RepositoryCopy.To(actionPath);
        Directory.CreateDirectory(Workspace);
        var context = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["github.action_path"] = actionPath,
            ["github.action_ref"] = "", // not promised inside composite actions (README); the version input is what counts
        };
        foreach (var (key, value) in PagesWorkflow.Map(Action, "inputs").Children)
        {
            var name = ((YamlScalarNode)key).Value!;
            context["inputs." + name] = inputs.GetValueOrDefault(name) ?? PagesWorkflow.Text((YamlMappingNode)value, "default") ?? "";
        }
        inputs.Keys.ShouldAllBe(name => context.ContainsKey("inputs." + name));
        var runner = new StepRunner(Workspace, context);
        foreach (var (name, value) in StepRunner.RunnerVariables(Directory.CreateDirectory(Path.Combine(work, "runner-temp")).FullName))
            runner.Env[name] = value;
        runner.Env["GITHUB_ACTION_PATH"] = actionPath;
        var uses = new List<string>();
        var failure = runner.RunAll(YamlFile.Steps(PagesWorkflow.Map(Action, "runs")), step =>
        {
            // actions/setup-dotnet cannot run here; this machine's SDK must be what it would install.
            PagesWorkflow.Text(PagesWorkflow.Map(step, "with"), "dotnet-version").ShouldBe("10.0.x");
            GeneratorProcess.RunProgram(GeneratorProcess.DotnetHost(), work, ["--version"], TimeSpan.FromMinutes(1)).Out.ShouldStartWith("10.0.");
            uses.Add(PagesWorkflow.Text(step, "uses")!);
        });
        return (runner, failure, uses);
    }

    /// <summary>The newsgen the action put on PATH.</summary>
    private static string Tool(StepRunner runner)
    {
        var folder = runner.PathAdditions.ShouldHaveSingleItem("the action adds one folder to PATH");
        return Path.Combine(folder, OperatingSystem.IsWindows() ? "newsgen.exe" : "newsgen");
    }

    /// <summary><c>newsgen init blog</c> (unless done), then build and check --strict in it, as a blog's workflow runs them.</summary>
    private static void BuildsANewBlog(string tool, string folder, string version, bool initialised = false)
    {
        GeneratorProcess.RunProgram(tool, folder, ["--version"], TimeSpan.FromMinutes(1)).Out.Trim().ShouldBe(version);
        if (!initialised)
        {
            var init = GeneratorProcess.RunProgram(tool, folder, ["init", "blog"], TimeSpan.FromMinutes(1));
            init.ExitCode.ShouldBe(0, init.ToString());
            init.Out.ShouldNotContain("development build", customMessage: "a release's init names a version its action has");
        }
        var blog = Path.Combine(folder, "blog");
        File.ReadAllText(Path.Combine(blog, ".github/workflows/pages.yml"))
            .ShouldContain($"uses: {SiteTemplate.ActionRepository}@v{version}\n        with:\n          version: \"{version}\"\n");
        foreach (string[] args in new[] { new[] { "build" }, ["check", "--strict"] })
        {
            var result = GeneratorProcess.RunProgram(tool, blog, args, TimeSpan.FromMinutes(2));
            result.ExitCode.ShouldBe(0, $"newsgen {string.Join(' ', args)}: {result}");
        }
        File.Exists(Path.Combine(blog, "_site", "index.html")).ShouldBeTrue();
    }

    private static string Url(string folder) => new Uri(folder).AbsoluteUri;
}
