using Generator.Tests.Support;

namespace Generator.Tests.Publishing;

/// <summary>
/// Runs the build job of .github/workflows/pages.yml: its own run: commands, read from the YAML, with configure-pages'
/// base URL filled in, in a clean copy of the repository; then looks at what upload-pages-artifact would ship as
/// GitHub Pages would serve it. So the workflow cannot silently rot: a command the generator no longer accepts, a
/// check that fails, or a site whose links break under /ai-news/ fails here before it fails on GitHub.
/// </summary>
public sealed class BuildJobTests : IDisposable
{
    private static readonly Uri PagesUrl = new("https://example.github.io/ai-news/");
    private readonly string copy = Directory.CreateTempSubdirectory("newsgen-pages-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(copy, recursive: true); } catch (IOException) { }
    }

    [Theory]
    [InlineData("https://example.github.io/ai-news/")]
    [InlineData("https://example.github.io/ai-news")] // how configure-pages gives it: without the trailing slash
    public void The_build_jobs_commands_publish_a_site_that_github_pages_serves_under_the_base_path(string baseUrl)
    {
        var workflow = PagesWorkflow.Load();
        CopyRepository();
        var commands = BuildCommands(workflow, baseUrl);
        commands.ShouldContain(c => c.Args.FirstOrDefault() == "build", "the build job builds the site");
        foreach (var command in commands)
        {
            var result = GeneratorProcess.Run(copy, command.Args);
            result.ExitCode.ShouldBe(0, $"'{command.Line}' failed: {result}");
        }

        var upload = PagesWorkflow.Map(workflow.StepUsing("build", "actions/upload-pages-artifact"), "with");
        var artifact = PagesArtifact.Pack(Path.Combine(copy, PagesWorkflow.Text(upload, "path")!),
            includeHiddenFiles: PagesWorkflow.Text(upload, "include-hidden-files") == "true");
        artifact.Contains(".nojekyll").ShouldBeTrue("the artifact carries .nojekyll");
        artifact.Contains("index.html").ShouldBeTrue();
        artifact.Links.ShouldBeEmpty("Pages refuses an artifact with symbolic links");
        artifact.Unreadable().ShouldBeEmpty("Pages needs every file readable");
        artifact.TarSize.ShouldBeLessThan(PagesArtifact.SizeLimit);

        var crawl = new PagesCrawler(artifact, PagesUrl).Crawl();
        crawl.Broken.Take(20).ShouldBeEmpty($"{crawl.Broken.Count} URL(s) do not resolve on Pages (at most 20 shown)");
        crawl.Checked.ShouldBeGreaterThan(1000);
    }

    /// <summary>The build job's commands, checked to run in the repository root and to come from the generator project.</summary>
    private static List<GeneratorCommand> BuildCommands(PagesWorkflow workflow, string baseUrl)
    {
        var commands = new List<GeneratorCommand>();
        foreach (var (step, script) in workflow.RunSteps("build"))
        {
            PagesWorkflow.Keys(step).ShouldNotContain("working-directory", "the commands run in the repository root");
            var filled = script.Replace(PagesWorkflow.BaseUrlExpression, baseUrl, StringComparison.Ordinal);
            filled.ShouldNotContain("${{", customMessage: $"the test only knows configure-pages' base URL: {script}");
            commands.AddRange(GeneratorCommand.FromScript(filled));
        }
        foreach (var command in commands)
            File.Exists(Path.Combine(RepoRoot.Path, command.Project, "Generator.csproj")).ShouldBeTrue($"'{command.Line}' runs the generator project");
        return commands;
    }

    /// <summary>A fresh checkout as far as the build can tell: the site's sources, no earlier output.</summary>
    private void CopyRepository() => RepoRoot.CopySite(copy);
}
