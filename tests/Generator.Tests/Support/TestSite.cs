using Generator.Content;

namespace Generator.Tests.Support;

/// <summary>
/// A small site written into a fresh temp folder: site.yml, the repository's own theme, and whatever files a test adds.
/// </summary>
internal sealed class TestSite : IDisposable
{
    public const string DefaultConfig = """
        title: "Test News"
        description: "A test site."
        base_url: "https://example.github.io/ai-news/"
        categories:
          - id: tech
            name: Tech Frontline
          - id: policy
            name: "Policy & Law"
        authors:
          - id: ana
            name: Ana Example
            bio: "Writes tests."
          - id: ben
            name: Ben Example
        """;

    public TestSite(string? config = DefaultConfig, bool withTheme = true)
    {
        Root = Path.Combine(Path.GetTempPath(), "gen-test-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Root);
        if (config is not null) Write("site.yml", config);
        if (withTheme) RepoRoot.CopyTemplates(Root);
    }

    public string Root { get; }

    public string Output => Path.Combine(Root, "_site");

    public TestSite Write(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return this;
    }

    public TestSite WriteBytes(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return this;
    }

    /// <summary>A post with valid front matter; <paramref name="extra"/> lines are added to the front matter.</summary>
    public TestSite Post(string fileName, string title, string date = "2026-04-20", string author = "ana", string extra = "", string body = "Body text.")
    {
        var front = $"title: \"{title}\"\ndate: {date}\nauthor: {author}\n" + (extra.Length > 0 ? extra.TrimEnd('\n') + "\n" : "");
        return Write("content/posts/" + fileName, $"---\n{front}---\n{body}\n");
    }

    public BuildResult Build(string? baseUrl = null, bool drafts = false, bool future = false, bool write = true)
    {
        var options = new BuildOptions(Root, Output, baseUrl, drafts, future, new DateTimeOffset(2026, 5, 1, 0, 0, 0, TimeSpan.Zero));
        return write ? SiteBuild.Write(options) : SiteBuild.InMemory(options);
    }

    /// <summary>A writing build whose social cards see only the fonts <paramref name="findSystemFont"/> finds (null:
    /// none, as on a CI runner without fonts), never the test machine's.</summary>
    public BuildResult BuildWithFonts(Func<string?> findSystemFont) =>
        SiteBuild.Write(new BuildOptions(Root, Output, null, false, false, new DateTimeOffset(2026, 5, 1, 0, 0, 0, TimeSpan.Zero))
            { FindSystemFont = findSystemFont });

    /// <summary>A build that must finish within <paramref name="seconds"/>: hostile input may never hang it.</summary>
    public BuildResult BuildWithin(int seconds = 20, bool write = true)
    {
        var build = Task.Run(() => Build(write: write));
        build.Wait(TimeSpan.FromSeconds(seconds)).ShouldBeTrue($"the build did not finish within {seconds} s");
        return build.Result;
    }

    public Generator.Check.CheckReport Check() =>
        Generator.Check.SiteChecker.Run(new BuildOptions(Root, Output, Now: new DateTimeOffset(2026, 5, 1, 0, 0, 0, TimeSpan.Zero)));

    public Generator.Check.CheckReport CheckWithin(int seconds = 20)
    {
        var check = Task.Run(Check);
        check.Wait(TimeSpan.FromSeconds(seconds)).ShouldBeTrue($"check did not finish within {seconds} s");
        return check.Result;
    }

    public TestSite Link(string relativePath, string target)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.CreateSymbolicLink(path, target);
        return this;
    }

    /// <summary>Runs a shell command in the site root, for what .NET cannot create (FIFOs, names that are not UTF-8).</summary>
    public void Shell(string command)
    {
        using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("/bin/sh", ["-c", command]) { WorkingDirectory = Root })!;
        process.WaitForExit();
        process.ExitCode.ShouldBe(0, command);
    }

    public string ReadOutput(string relativePath) => File.ReadAllText(Path.Combine(Output, relativePath));

    /// <summary>Edits a file of the site in place: <paramref name="oldText"/>, which it must contain, becomes <paramref name="newText"/>.</summary>
    public void Replace(string relativePath, string oldText, string newText)
    {
        var path = Path.Combine(Root, relativePath);
        var text = File.ReadAllText(path);
        text.ShouldContain(oldText);
        File.WriteAllText(path, text.Replace(oldText, newText));
    }

    public static IEnumerable<string> Errors(BuildResult result) =>
        result.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.ToString());

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

}

public static class RepoRoot
{
    public static string Path { get; } = Find();

    /// <summary>Copies the repository's theme (templates/) into a test site, so tests render with the real templates.</summary>
    public static void CopyTemplates(string siteRoot) => CopyFolder("templates", siteRoot);

    /// <summary>The example blog as a fresh checkout has it: content/, templates/ and site.yml, no .cache/ nor _site/.</summary>
    public static void CopySite(string siteRoot)
    {
        CopyFolder("content", siteRoot);
        CopyFolder("templates", siteRoot);
        File.Copy(System.IO.Path.Combine(Path, "site.yml"), System.IO.Path.Combine(siteRoot, "site.yml"));
    }

    /// <summary>Copies the repository's <paramref name="folder"/> to the same place under <paramref name="root"/>,
    /// leaving out build output (bin/, obj/).</summary>
    public static void CopyFolder(string folder, string root)
    {
        var from = System.IO.Path.Combine(Path, folder);
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = System.IO.Path.GetRelativePath(from, file);
            if (relative.Split(System.IO.Path.DirectorySeparatorChar)[0] is "bin" or "obj") continue;
            var target = System.IO.Path.Combine(root, folder, relative);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "Generator.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("cannot find the repository root (Generator.sln)");
    }
}
