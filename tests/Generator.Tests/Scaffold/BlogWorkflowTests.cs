using Generator.Scaffold;
using Generator.Tests.Publishing;
using Generator.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Generator.Tests.Scaffold;

/// <summary>
/// The workflow <c>init</c> writes is this repository's .github/workflows/pages.yml made fit for a blog without the
/// generator's source: no test job (a blog has no tests), no .NET set-up nor NuGet cache, and <c>newsgen</c> installed
/// by this repository's action (action.yml) instead of <c>dotnet run --project src/Generator --</c>. Everything else must stay the same, so a fix to the repository's
/// workflow that a blog needs too fails here until the blog's copy has it.
/// </summary>
public sealed class BlogWorkflowTests : IDisposable
{
    private readonly InitSite site = new();
    private readonly PagesWorkflow repository = PagesWorkflow.Load();
    private readonly YamlMappingNode blog;

    public BlogWorkflowTests()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(site.Read(PagesWorkflow.RelativePath)));
        blog = (YamlMappingNode)stream.Documents.ShouldHaveSingleItem().RootNode;
    }

    public void Dispose() => site.Dispose();

    [Fact]
    public void Triggers_permissions_concurrency_and_the_deploy_job_are_the_repositorys()
    {
        foreach (var key in new[] { "name", "on", "permissions", "concurrency" })
            Canonical(PagesWorkflow.Node(blog, key)).ShouldBe(Canonical(PagesWorkflow.Node(repository.Root, key)), key);
        Canonical(Job("deploy")).ShouldBe(Canonical(repository.Job("deploy")));
        PagesWorkflow.Keys(PagesWorkflow.Map(blog, "jobs")).ShouldBe(["build", "deploy"]);
        PagesWorkflow.Keys(Job("build")).ShouldNotContain("needs");
    }

    [Fact]
    public void The_build_job_installs_newsgen_with_the_action_then_uses_the_same_actions_and_commands_as_the_repository()
    {
        var steps = ((YamlSequenceNode)PagesWorkflow.Node(Job("build"), "steps")).Children.Cast<YamlMappingNode>().ToList();
        var install = steps.Where(s => PagesWorkflow.Text(s, "uses")?.StartsWith(SiteTemplate.ActionRepository + "@", StringComparison.Ordinal) == true)
            .ShouldHaveSingleItem("one step installs newsgen with this repository's action");
        // The repository's own build job needs .NET and its packages; a blog needs the tool only.
        string[] notForABlog = ["actions/setup-dotnet"];
        var repositoryUses = repository.Steps("build")
            .Where(s => !IsNuGetCache(s))
            .Select(s => PagesWorkflow.Text(s, "uses")).OfType<string>()
            .Where(u => !notForABlog.Contains(u.Split('@')[0])).ToList();
        steps.Select(s => PagesWorkflow.Text(s, "uses")).OfType<string>().Where(u => u != PagesWorkflow.Text(install, "uses"))
            .ShouldBe(repositoryUses);
        foreach (var step in steps.Where(s => s != install && PagesWorkflow.Text(s, "uses") is not null))
        {
            var same = repository.StepsUsing("build", PagesWorkflow.Text(step, "uses")!.Split('@')[0]).Where(s => !IsNuGetCache(s)).ShouldHaveSingleItem();
            Canonical(step).ShouldBe(Canonical(same));
        }
        steps.IndexOf(install).ShouldBeLessThan(steps.FindIndex(s => PagesWorkflow.Text(s, "run") is not null), "newsgen is installed before it runs");

        const string PagesUrl = "PAGES_BASE_URL"; // stands for the expression, which the shell never sees
        var blogCommands = steps.Select(s => PagesWorkflow.Text(s, "run")).OfType<string>()
            .Select(r => r.Trim().Replace(PagesWorkflow.BaseUrlExpression, PagesUrl, StringComparison.Ordinal))
            .Select(r => GeneratorCommand.Parse(r.Replace("newsgen ", "dotnet run --project src/Generator -- ")).Args).ToList();
        var repositoryCommands = repository.RunSteps("build")
            .SelectMany(s => GeneratorCommand.FromScript(s.Script.Replace(PagesWorkflow.BaseUrlExpression, PagesUrl, StringComparison.Ordinal))).Select(c => c.Args).ToList();
        blogCommands.ShouldBe(repositoryCommands);
    }

    [Fact]
    public void The_action_is_pinned_to_the_version_of_newsgen_that_ran_init_in_the_repository_directory_build_props_names()
    {
        var install = ((YamlSequenceNode)PagesWorkflow.Node(Job("build"), "steps")).Children.Cast<YamlMappingNode>()
            .Single(s => PagesWorkflow.Text(s, "name") == "Install newsgen");
        var props = File.ReadAllText(Path.Combine(RepoRoot.Path, "Directory.Build.props"));
        var repositoryUrl = System.Text.RegularExpressions.Regex.Match(props, "<RepositoryUrl>(.*)</RepositoryUrl>").Groups[1].Value;
        repositoryUrl.ShouldStartWith("https://github.com/");
        PagesWorkflow.Text(install, "uses").ShouldBe($"{repositoryUrl["https://github.com/".Length..]}@v{SiteTemplate.ToolVersion}");
        PagesWorkflow.Text(PagesWorkflow.Map(install, "with"), "version").ShouldBe(SiteTemplate.ToolVersion);
        PagesWorkflow.Keys(blog).ShouldNotContain("secrets");
        site.Read(PagesWorkflow.RelativePath).ShouldNotContain("secrets.");
        site.Read(PagesWorkflow.RelativePath).ShouldNotContain("dotnet tool install", customMessage: "no package feed is needed");
    }

    [Theory]
    [InlineData("0.2.0", false)]
    [InlineData("1.0.0-rc.1", false)]
    [InlineData("0.2.0+build.7", false)]
    [InlineData("1.0.0-devices", false)]
    [InlineData("0.2.1-dev.5", true)]
    [InlineData("0.1.0-dev", true)]
    [InlineData("0.1.0-dev.12+abc", true)]
    public void A_build_between_release_tags_is_a_development_build(string version, bool development) =>
        SiteTemplate.IsDevelopmentBuild(version).ShouldBe(development);

    [Fact]
    public void Init_says_when_the_workflow_names_a_version_no_release_has()
    {
        var note = $"note: this newsgen is a development build ({SiteTemplate.ToolVersion})";
        if (SiteTemplate.IsDevelopmentBuild(SiteTemplate.ToolVersion)) site.Init.Out.ShouldContain(note);
        else site.Init.Out.ShouldNotContain(note);
    }

    private static bool IsNuGetCache(YamlMappingNode step) =>
        PagesWorkflow.Text(step, "uses")?.StartsWith("actions/cache@", StringComparison.Ordinal) == true
        && PagesWorkflow.Text(PagesWorkflow.Map(step, "with"), "path") == "~/.nuget/packages";

    private YamlMappingNode Job(string id) => PagesWorkflow.Map(PagesWorkflow.Map(blog, "jobs"), id);

    /// <summary>A node as text, keys in file order, comments and formatting ignored.</summary>
    private static string Canonical(YamlNode node) => node switch
    {
        YamlScalarNode scalar => "\"" + scalar.Value + "\"",
        YamlSequenceNode sequence => "[" + string.Join(",", sequence.Children.Select(Canonical)) + "]",
        YamlMappingNode map => "{" + string.Join(",", map.Children.Select(p => Canonical(p.Key) + ":" + Canonical(p.Value))) + "}",
        _ => node.ToString(),
    };
}
