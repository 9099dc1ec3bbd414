using Generator.Rendering;
using Generator.Tests.Support;

namespace Generator.Tests.ExampleSite;

/// <summary>
/// The example blog in this repository, built as the README's command builds it, approved page by page.
/// A change to content, templates or the generator shows up here as a diff; approve it with tests/approve.sh.
/// </summary>
public class ExampleSiteApprovalTests
{
    private const string ApprovedFolder = "approved";

    private static readonly Lazy<BuildResult> Example = new(() => SiteBuild.InMemory(
        new BuildOptions(RepoRoot.Path, Path.Combine(Path.GetTempPath(), "unused-example-output"),
            Now: new DateTimeOffset(2026, 11, 21, 0, 0, 0, TimeSpan.Zero))));

    public static TheoryData<string> Pages()
    {
        var data = new TheoryData<string>();
        foreach (var file in Example.Value.Files.OrderBy(f => f.Path, StringComparer.Ordinal)) data.Add(file.Path);
        return data;
    }

    [Fact]
    public void Example_site_builds_without_errors_or_warnings()
    {
        Example.Value.Diagnostics.Select(d => d.ToString()).ShouldBeEmpty();
        Example.Value.Succeeded.ShouldBeTrue();
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Example_page_matches_approved_output(string path)
    {
        var file = Example.Value.Files.Single(f => f.Path == path);
        InlineStyles.Scrub(file.Content).ShouldMatchApproved(c => c
            .NoDiff()
            .SubFolder(ApprovedFolder)
            .WithFileExtension(Extension(path))
            .WithFilenameGenerator((_, _, type, extension) => $"{Discriminator(path)}.{type}.{extension}"));
    }

    [Fact]
    public void Every_approved_page_is_still_produced()
    {
        var folder = Path.Combine(RepoRoot.Path, "tests/Generator.Tests/ExampleSite", ApprovedFolder);
        var expected = Example.Value.Files.Select(f => Discriminator(f.Path) + ".approved." + Extension(f.Path)).ToHashSet();
        var approved = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.approved.*").Select(Path.GetFileName) : [];
        approved.Where(a => !expected.Contains(a!)).ShouldBeEmpty("approved files for pages the site no longer has");
    }

    /// <summary>posts/amazon-anthropic-deal/index.html → posts~amazon-anthropic-deal~index; .nojekyll → dot-nojekyll</summary>
    private static string Discriminator(string path) =>
        IsDotFile(path) ? "dot-" + path.TrimStart('.').Replace('/', '~') : Path.ChangeExtension(path, null).Replace('/', '~');

    /// <summary>A dot file such as .nojekyll has no extension of its own; its snapshot is plain text.</summary>
    private static string Extension(string path) => IsDotFile(path) ? "txt" : Path.GetExtension(path).TrimStart('.');

    private static bool IsDotFile(string path) => Path.GetFileName(path).StartsWith('.');

    internal static IReadOnlyList<OutputFile> Files => Example.Value.Files;
}
