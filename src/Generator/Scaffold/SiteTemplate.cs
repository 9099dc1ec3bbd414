using System.Reflection;
using System.Text;
using Generator.Authoring;

namespace Generator.Scaffold;

/// <summary>What <c>newsgen init</c> fills in: the blog's name, its address, the welcome post's date and the version of
/// newsgen the publishing workflow installs.</summary>
internal sealed record SiteValues(string Title, string BaseUrl, DateOnly Today, string ToolVersion);

/// <summary>
/// The files of a new blog, compiled into the tool from src/Generator/Scaffold/site/ (embedded as
/// <c>scaffold/&lt;path&gt;</c>): site.yml, a welcome post, two glossary terms, an About page, .gitignore and the
/// GitHub Pages workflow. No theme files: a new blog uses the built-in theme.
/// </summary>
internal static class SiteTemplate
{
    private const string ResourcePrefix = "scaffold/";
    private const string PostsFolder = "content/posts/";

    /// <summary>Stored without their leading dot so that they do not act on this repository (.gitignore, .github/).</summary>
    private static readonly string[] DotNames = ["gitignore", "github"];

    /// <summary>Each file's path relative to the new site's root, and its bytes.</summary>
    public static IReadOnlyList<(string Path, byte[] Bytes)> Files(SiteValues values)
    {
        var assembly = typeof(SiteTemplate).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(r => r.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Select(r => (Path: TargetPath(r[ResourcePrefix.Length..].Replace('\\', '/'), values.Today), Bytes: Fill(Read(assembly, r), values)))
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The welcome post is dated the day the blog is created, and named after it as <c>new post</c> names posts.</summary>
    private static string TargetPath(string name, DateOnly today)
    {
        if (name.StartsWith(PostsFolder, StringComparison.Ordinal)) return $"{PostsFolder}{today:yyyy-MM-dd}-{name[PostsFolder.Length..]}";
        var first = name.Split('/')[0];
        return DotNames.Contains(first) ? "." + name : name;
    }

    private static byte[] Fill(string text, SiteValues values) => Encoding.UTF8.GetBytes(text
        .Replace("%TITLE%", NewContentResult.Quote(values.Title))
        .Replace("%BASE_URL%", NewContentResult.Quote(values.BaseUrl))
        .Replace("%DATE%", values.Today.ToString("yyyy-MM-dd"))
        .Replace("%VERSION%", values.ToolVersion)
        .Replace("%ACTION%", ActionRepository));

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    }

    /// <summary>The tool's version (InformationalVersion, as <c>newsgen --version</c> prints it): the git tag's, from MinVer.</summary>
    public static string ToolVersion =>
        typeof(SiteTemplate).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.1.0";

    /// <summary>A build between release tags (MinVer's <c>0.2.1-dev.5</c>, or <c>0.1.0-dev</c> without git history): no
    /// release of the action carries that version, so the workflow init writes names a tag that does not exist.</summary>
    public static bool IsDevelopmentBuild(string version) =>
        version.Split('+')[0].Split('-', 2) is [_, var preRelease] && (preRelease == "dev" || preRelease.StartsWith("dev.", StringComparison.Ordinal));

    /// <summary>The action's <c>owner/name</c>, from RepositoryUrl in Directory.Build.props (the one place naming this
    /// repository): the workflow init writes says <c>uses: owner/name@v&lt;version&gt;</c>.</summary>
    public static string ActionRepository
    {
        get
        {
            var url = typeof(SiteTemplate).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .FirstOrDefault(a => a.Key == "RepositoryUrl")?.Value
                ?? throw new InvalidOperationException("the tool was built without RepositoryUrl (Directory.Build.props)");
            var path = new Uri(url).AbsolutePath.Trim('/');
            return path.EndsWith(".git", StringComparison.Ordinal) ? path[..^4] : path;
        }
    }
}
