using Generator.Tests.Publishing;
using Generator.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Generator.Tests.Scaffold;

/// <summary>
/// The workflow <c>init</c> writes is this repository's .github/workflows/pages.yml made fit for a blog without the
/// generator's source: no test job (a blog has no tests) and the installed <c>newsgen</c> instead of
/// <c>dotnet run --project src/Generator --</c>. Everything else must stay the same, so a fix to the repository's
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
    public void The_build_job_uses_the_same_actions_and_runs_the_same_commands_with_the_installed_tool()
    {
        var steps = ((YamlSequenceNode)PagesWorkflow.Node(Job("build"), "steps")).Children.Cast<YamlMappingNode>().ToList();
        var repositoryUses = repository.Steps("build").Select(s => PagesWorkflow.Text(s, "uses")).OfType<string>().ToList();
        var uses = steps.Select(s => PagesWorkflow.Text(s, "uses")).OfType<string>().ToList();
        uses.ShouldBe(repositoryUses.Where(u => !u.StartsWith("actions/cache@", StringComparison.Ordinal)));
        foreach (var step in steps.Where(s => PagesWorkflow.Text(s, "uses") is not null))
        {
            var same = repository.StepUsing("build", PagesWorkflow.Text(step, "uses")!.Split('@')[0]);
            Canonical(step).ShouldBe(Canonical(same));
        }

        const string PagesUrl = "PAGES_BASE_URL"; // stands for the expression, which the shell never sees
        var runs = steps.Select(s => PagesWorkflow.Text(s, "run")).OfType<string>()
            .Select(r => r.Trim().Replace(PagesWorkflow.BaseUrlExpression, PagesUrl, StringComparison.Ordinal)).ToList();
        runs[0].ShouldBe("dotnet tool install --global NewsGen --version \"$NEWSGEN_VERSION\"");
        var repositoryCommands = repository.RunSteps("build")
            .SelectMany(s => GeneratorCommand.FromScript(s.Script.Replace(PagesWorkflow.BaseUrlExpression, PagesUrl, StringComparison.Ordinal))).Select(c => c.Args).ToList();
        var blogCommands = runs.Skip(1).Select(r => GeneratorCommand.Parse(r.Replace("newsgen ", "dotnet run --project src/Generator -- ")).Args).ToList();
        blogCommands.ShouldBe(repositoryCommands);
        PagesWorkflow.Text(PagesWorkflow.Map(blog, "env"), "NEWSGEN_VERSION").ShouldBe(Generator.Scaffold.SiteTemplate.ToolVersion);
    }

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
