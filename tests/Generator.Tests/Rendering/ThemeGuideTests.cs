using System.Text.RegularExpressions;
using Generator.Rendering;
using Generator.Tests.Support;
using Scriban.Runtime;

namespace Generator.Tests.Rendering;

/// <summary>docs/theme.md cannot fall behind the code: every member of every view a template can reach is listed.</summary>
public class ThemeGuideTests
{
    private static readonly string Guide = File.ReadAllText(Path.Combine(RepoRoot.Path, "docs", "theme.md"));

    public static TheoryData<string> ViewTypes()
    {
        var roots = typeof(IPageModel).Assembly.GetTypes().Where(t => t.IsClass && typeof(IPageModel).IsAssignableFrom(t)).Append(typeof(LayoutModel));
        var data = new TheoryData<string>();
        foreach (var type in roots.SelectMany(ViewPopulator.ViewTypes).Distinct().OrderBy(t => t.Name)) data.Add(type.Name);
        return data;
    }

    [Theory]
    [MemberData(nameof(ViewTypes))]
    public void Guide_lists_every_member_of_the_view(string typeName)
    {
        var type = typeof(IPageModel).Assembly.GetTypes().Single(t => t.Name == typeName);
        var section = Section(typeName);
        section.ShouldNotBeNull($"docs/theme.md has no section '### `{typeName}`'");
        var listed = Regex.Matches(section, @"^\| `([a-z_]+)` \|", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToHashSet();
        var members = ViewPopulator.PublicProperties(type).Select(p => StandardMemberRenamer.Rename(p.Name)).ToList();
        members.Where(m => !listed.Contains(m)).ShouldBeEmpty($"members of {typeName} missing from docs/theme.md");
        listed.Where(l => !members.Contains(l)).ShouldBeEmpty($"docs/theme.md lists members {typeName} does not have");
    }

    [Fact]
    public void Guide_names_every_template_and_partial()
    {
        foreach (var name in TemplateSet.RequiredTemplates) Guide.ShouldContain($"`{name}{TemplateSet.Extension}`");
        foreach (var file in Directory.GetFiles(Path.Combine(RepoRoot.Path, TemplateSet.PartialFolder)))
            Guide.ShouldContain($"`{Path.GetFileName(file)[..^TemplateSet.Extension.Length]}`");
    }

    private static string? Section(string typeName)
    {
        var start = Guide.IndexOf($"### `{typeName}`", StringComparison.Ordinal);
        if (start < 0) return null;
        var end = Guide.IndexOf("\n### ", start + 4, StringComparison.Ordinal);
        var stop = Guide.IndexOf("\n## ", start + 4, StringComparison.Ordinal);
        if (end < 0 || (stop >= 0 && stop < end)) end = stop;
        return end < 0 ? Guide[start..] : Guide[start..end];
    }
}
