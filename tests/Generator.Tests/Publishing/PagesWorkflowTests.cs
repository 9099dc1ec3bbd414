using YamlDotNet.RepresentationModel;

namespace Generator.Tests.Publishing;

/// <summary>The shape of .github/workflows/pages.yml: what runs when, in which order, with which rights.</summary>
public class PagesWorkflowTests
{
    private readonly PagesWorkflow workflow = PagesWorkflow.Load();

    [Fact]
    public void Runs_on_pushes_to_main_on_pull_requests_and_by_hand()
    {
        var on = PagesWorkflow.Map(workflow.Root, "on");
        PagesWorkflow.Keys(on).Order().ShouldBe(["pull_request", "push", "workflow_dispatch"]);
        var branches = PagesWorkflow.Node(PagesWorkflow.Map(on, "push"), "branches").ShouldBeOfType<YamlSequenceNode>();
        branches.Children.Select(b => ((YamlScalarNode)b).Value).ShouldBe(["main"]);
    }

    [Fact]
    public void Test_then_build_then_deploy()
    {
        PagesWorkflow.Keys(workflow.Jobs).ShouldBe(["test", "build", "deploy"]);
        workflow.Needs("test").ShouldBeEmpty();
        workflow.Needs("build").ShouldBe(["test"]);
        workflow.Needs("deploy").ShouldBe(["build"]);
    }

    [Fact]
    public void Grants_only_what_pages_needs_and_never_cancels_a_deployment()
    {
        var permissions = PagesWorkflow.Map(workflow.Root, "permissions");
        PagesWorkflow.Keys(permissions).ToDictionary(k => k, k => PagesWorkflow.Text(permissions, k)).ShouldBe(
            new Dictionary<string, string?> { ["contents"] = "read", ["pages"] = "write", ["id-token"] = "write" }, ignoreOrder: true);
        foreach (var job in PagesWorkflow.Keys(workflow.Jobs))
            PagesWorkflow.Keys(workflow.Job(job)).ShouldNotContain("permissions", $"job '{job}' keeps the workflow's permissions");
        var concurrency = PagesWorkflow.Map(workflow.Root, "concurrency");
        PagesWorkflow.Text(concurrency, "group").ShouldBe("pages");
        PagesWorkflow.Text(concurrency, "cancel-in-progress").ShouldBe("false");
    }

    [Fact]
    public void The_test_job_sets_up_dotnet_10_caches_nuget_and_runs_every_test()
    {
        PagesWorkflow.Text(workflow.StepUsing("test", "actions/checkout"), "uses").ShouldNotBeNull();
        PagesWorkflow.Text(PagesWorkflow.Map(workflow.StepUsing("test", "actions/setup-dotnet"), "with"), "dotnet-version").ShouldBe("10.0.x");
        PagesWorkflow.Text(PagesWorkflow.Map(workflow.StepUsing("test", "actions/cache"), "with"), "path").ShouldBe("~/.nuget/packages");
        workflow.RunSteps("test").Select(s => s.Script.Trim()).ShouldContain("dotnet test Generator.sln");
    }

    [Fact]
    public void The_build_job_restores_the_build_cache_before_building_so_a_deployment_paints_and_renders_only_what_changed()
    {
        var steps = workflow.Steps("build").ToList();
        // .cache holds both the generated images (ImageCache) and the build record with its pages (BuildCache).
        Generator.Output.ImageCache.Folder.ShouldStartWith(".cache/");
        Generator.Record.BuildCache.Folder.ShouldStartWith(".cache/");
        var cache = workflow.StepsUsing("build", "actions/cache")
            .Where(s => PagesWorkflow.Text(PagesWorkflow.Map(s, "with"), "path") == ".cache")
            .ShouldHaveSingleItem("one step of the build job caches .cache/");
        var with = PagesWorkflow.Map(cache, "with");
        // Keyed by what the site is made from; any earlier run's folder is a better start than none.
        PagesWorkflow.Text(with, "key").ShouldBe("site-cache-${{ hashFiles('content/**', 'templates/**', 'site.yml') }}");
        PagesWorkflow.Text(with, "restore-keys").ShouldBe("site-cache-");
        var build = workflow.RunSteps("build").First(s => s.Script.Contains(" -- build", StringComparison.Ordinal)).Step;
        steps.IndexOf(cache).ShouldBeLessThan(steps.IndexOf(build));
    }

    [Fact]
    public void The_build_job_builds_with_the_base_url_configure_pages_gives_checks_strictly_and_uploads_the_site()
    {
        var steps = workflow.Steps("build").ToList();
        var configure = workflow.StepUsing("build", "actions/configure-pages");
        PagesWorkflow.Text(configure, "uses").ShouldBe("actions/configure-pages@v6");
        PagesWorkflow.Text(configure, "id").ShouldBe("pages");
        const string pagesUrl = "PAGES_BASE_URL"; // stands for the expression, which the shell never sees
        var commands = workflow.RunSteps("build")
            .SelectMany(s => GeneratorCommand.FromScript(s.Script.Replace(PagesWorkflow.BaseUrlExpression, pagesUrl, StringComparison.Ordinal))).ToList();
        var build = commands.Where(c => c.Args[0] == "build").ShouldHaveSingleItem();
        build.Args.ShouldBe(["build", "--base-url", pagesUrl]);
        var check = commands.Where(c => c.Args[0] == "check").ShouldHaveSingleItem();
        check.Args.ShouldBe(["check", "--strict", "--base-url", pagesUrl], "check --strict sees the site that build publishes");

        var upload = workflow.StepUsing("build", "actions/upload-pages-artifact");
        PagesWorkflow.Text(upload, "uses").ShouldBe("actions/upload-pages-artifact@v5");
        var with = PagesWorkflow.Map(upload, "with");
        PagesWorkflow.Text(with, "path").ShouldBe("_site");
        PagesWorkflow.Text(with, "include-hidden-files").ShouldBe("true", "v5 drops dot files such as .nojekyll otherwise");
        var order = new[] { configure, RunStepOf("build "), RunStepOf("check "), upload }.Select(s => steps.IndexOf(s)).ToList();
        order.ShouldBe(order.Order().ToList(), "configure, build, check, upload");

        YamlMappingNode RunStepOf(string command) =>
            workflow.RunSteps("build").Single(s => s.Script.Contains("-- " + command, StringComparison.Ordinal)).Step;
    }

    [Fact]
    public void The_deploy_job_publishes_to_the_github_pages_environment_and_shows_its_url()
    {
        var environment = PagesWorkflow.Map(workflow.Job("deploy"), "environment");
        PagesWorkflow.Text(environment, "name").ShouldBe("github-pages");
        PagesWorkflow.Text(environment, "url").ShouldBe("${{ steps.deployment.outputs.page_url }}");
        var deploy = workflow.StepUsing("deploy", "actions/deploy-pages");
        PagesWorkflow.Text(deploy, "uses").ShouldBe("actions/deploy-pages@v5");
        PagesWorkflow.Text(deploy, "id").ShouldBe("deployment");
    }

    [Theory]
    [InlineData("push", "refs/heads/main", true)]
    [InlineData("workflow_dispatch", "refs/heads/main", true)]
    [InlineData("workflow_dispatch", "refs/heads/feature", false)]
    [InlineData("pull_request", "refs/pull/7/merge", false)]
    [InlineData("push", "refs/heads/feature", false)]
    public void Deploys_only_from_main(string eventName, string gitRef, bool deploys)
    {
        var condition = PagesWorkflow.Text(workflow.Job("deploy"), "if");
        condition.ShouldNotBeNull("the deploy job has a condition");
        WorkflowCondition.Evaluate(condition, new Dictionary<string, string> { ["github.event_name"] = eventName, ["github.ref"] = gitRef })
            .ShouldBe(deploys);
        foreach (var job in new[] { "test", "build" }) PagesWorkflow.Text(workflow.Job(job), "if").ShouldBeNull($"'{job}' runs on every trigger");
    }

    [Fact]
    public void Actions_are_pinned_to_a_major_version()
    {
        var uses = PagesWorkflow.Keys(workflow.Jobs).SelectMany(workflow.Steps).Select(s => PagesWorkflow.Text(s, "uses")).OfType<string>().ToList();
        uses.ShouldNotBeEmpty();
        uses.ShouldAllBe(u => System.Text.RegularExpressions.Regex.IsMatch(u, @"^actions/[a-z-]+@v\d+$"));
    }
}
