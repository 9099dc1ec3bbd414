using Generator.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Generator.Tests.Publishing;

/// <summary>A YAML file of this repository (a workflow, action.yml) read with YamlDotNet, as GitHub reads it.</summary>
public static class YamlFile
{
    public static YamlMappingNode Load(string relativePath)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(Path.Combine(RepoRoot.Path, relativePath))) stream.Load(reader);
        stream.Documents.Count.ShouldBe(1, $"{relativePath} holds one YAML document");
        return stream.Documents[0].RootNode.ShouldBeOfType<YamlMappingNode>();
    }

    /// <summary>The steps of a job or of a composite action's <c>runs</c>.</summary>
    public static IReadOnlyList<YamlMappingNode> Steps(YamlMappingNode owner) =>
        PagesWorkflow.Node(owner, "steps").ShouldBeOfType<YamlSequenceNode>().Children.Select(s => s.ShouldBeOfType<YamlMappingNode>()).ToList();

    /// <summary>Every <c>uses:</c> of a workflow's jobs or an action's steps.</summary>
    public static IReadOnlyList<string> Uses(YamlMappingNode root) =>
        (root.Children.ContainsKey(new YamlScalarNode("jobs"))
            ? PagesWorkflow.Map(root, "jobs").Children.Values.Cast<YamlMappingNode>().SelectMany(Steps)
            : Steps(PagesWorkflow.Map(root, "runs")))
        .Select(s => PagesWorkflow.Text(s, "uses")).OfType<string>().ToList();
}
