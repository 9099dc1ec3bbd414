using Generator.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Generator.Tests.Publishing;

/// <summary>
/// .github/workflows/pages.yml read with YamlDotNet, as GitHub reads it: triggers, jobs, steps and their commands.
/// A key the tests ask for and the file lacks is reported by name, so a failure says what changed.
/// </summary>
public sealed class PagesWorkflow
{
    public const string RelativePath = ".github/workflows/pages.yml";

    /// <summary>What configure-pages (step id "pages") gives: the address Pages serves the site at.</summary>
    public const string BaseUrlExpression = "${{ steps.pages.outputs.base_url }}";

    private PagesWorkflow(YamlMappingNode root) => Root = root;

    public YamlMappingNode Root { get; }

    public static PagesWorkflow Load()
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(Path.Combine(RepoRoot.Path, RelativePath))) stream.Load(reader);
        stream.Documents.Count.ShouldBe(1, $"{RelativePath} holds one YAML document");
        return new PagesWorkflow(stream.Documents[0].RootNode.ShouldBeOfType<YamlMappingNode>());
    }

    public YamlMappingNode Jobs => Map(Root, "jobs");

    public YamlMappingNode Job(string id) => Map(Jobs, id);

    public IReadOnlyList<YamlMappingNode> Steps(string jobId) =>
        Node(Job(jobId), "steps").ShouldBeOfType<YamlSequenceNode>($"jobs.{jobId}.steps is a list").Children
            .Select(s => s.ShouldBeOfType<YamlMappingNode>()).ToList();

    /// <summary>The steps of a job that use an action, whatever its version: <c>actions/cache</c>.</summary>
    public IEnumerable<YamlMappingNode> StepsUsing(string jobId, string action) => Steps(jobId)
        .Where(s => Text(s, "uses")?.StartsWith(action + "@", StringComparison.Ordinal) == true);

    /// <summary>The one step of a job that uses an action, whatever its version: <c>actions/configure-pages</c>.</summary>
    public YamlMappingNode StepUsing(string jobId, string action) =>
        StepsUsing(jobId, action).ShouldHaveSingleItem($"jobs.{jobId} has one step using {action}");

    /// <summary>The <c>run:</c> steps of a job, in order, with their scripts.</summary>
    public IReadOnlyList<(YamlMappingNode Step, string Script)> RunSteps(string jobId) =>
        Steps(jobId).Where(s => Text(s, "run") is not null).Select(s => (s, Text(s, "run")!)).ToList();

    /// <summary>The job ids a job waits for (<c>needs</c> as one id or a list).</summary>
    public IReadOnlyList<string> Needs(string jobId) => Job(jobId).Children.TryGetValue(new YamlScalarNode("needs"), out var needs)
        ? needs switch
        {
            YamlScalarNode one => [one.Value!],
            YamlSequenceNode many => many.Children.Select(n => ((YamlScalarNode)n).Value!).ToList(),
            _ => throw new InvalidDataException($"jobs.{jobId}.needs is neither a job id nor a list"),
        }
        : [];

    public static YamlNode Node(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : throw new ShouldAssertException($"'{key}' is missing in {Describe(map)}");

    public static YamlMappingNode Map(YamlMappingNode map, string key) =>
        Node(map, key).ShouldBeOfType<YamlMappingNode>($"'{key}' is a mapping");

    public static string? Text(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? (node as YamlScalarNode)?.Value : null;

    /// <summary>The keys of a mapping, in file order.</summary>
    public static IReadOnlyList<string> Keys(YamlMappingNode map) => map.Children.Keys.Select(k => ((YamlScalarNode)k).Value!).ToList();

    private static string Describe(YamlNode node) => $"{RelativePath} (mapping at line {node.Start.Line})";
}
