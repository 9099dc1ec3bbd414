using Generator.Authoring;
using Generator.Content;

namespace Generator.Scaffold;

/// <summary>What <c>init</c> asked for; null title and base URL take the defaults.</summary>
internal sealed record NewSiteRequest(string Folder, string? Title = null, string? BaseUrl = null, bool Force = false);

/// <summary>What <c>init</c> did: the files it wrote and those it left alone (relative to the new site), or why it
/// refused: a usage problem (bad --title or --base-url) or a folder that is not empty.</summary>
internal sealed record NewSiteResult(string Folder, IReadOnlyList<string> Created, IReadOnlyList<string> Skipped,
    IReadOnlyList<string> Problems, bool IsUsageProblem)
{
    public bool Succeeded => Problems.Count == 0;

    public static NewSiteResult Refused(string folder, bool usage, params string[] problems) => new(folder, [], [], problems, usage);
}

/// <summary>
/// <c>newsgen init</c>: a new blog that builds and serves as it is (<see cref="SiteTemplate"/>). Like <c>hugo new site</c>
/// it refuses a folder that already holds files unless forced, and even when forced it never overwrites a file: it
/// adds the missing ones and reports the rest.
/// </summary>
internal static class NewSite
{
    public const string DefaultTitle = "AI News, Explained";

    /// <summary>A folder holding only these is still empty: <c>git init blog &amp;&amp; newsgen init blog</c> works.</summary>
    private static readonly string[] Ignorable = [".git", ".DS_Store"];

    public static NewSiteResult Create(NewSiteRequest request, DateOnly today)
    {
        var folder = Path.GetFullPath(request.Folder);
        var title = request.Title ?? DefaultTitle;
        var baseUrl = request.BaseUrl ?? DefaultBaseUrl(folder);
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(title)) problems.Add("--title must not be empty");
        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https") || url.Query.Length > 0 || url.Fragment.Length > 0)
            problems.Add($"--base-url '{baseUrl}' must be an absolute http(s) URL such as https://example.github.io/blog/");
        if (problems.Count > 0) return NewSiteResult.Refused(folder, usage: true, [.. problems]);

        // The folder, or the nearest of its parents that exists, must be a folder: not a file, not a dangling link.
        if (PathObstacle.AboveRoot(folder) is { } obstacle) return NewSiteResult.Refused(folder, usage: false, CannotCreate(folder, obstacle));
        if (!request.Force && Directory.Exists(folder) && Occupants(folder) is { Count: > 0 } occupants)
            return NewSiteResult.Refused(folder, usage: false,
                $"'{folder}' is not empty (it holds {string.Join(", ", occupants.Take(3))}{(occupants.Count > 3 ? ", …" : "")}); "
                + "choose an empty or new folder, or add --force to add the missing files (existing files are never overwritten)");

        var values = new SiteValues(title.Trim(), baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/", today, SiteTemplate.ToolVersion);
        var written = NewFiles.Write(folder, SiteTemplate.Files(values));
        return written.Succeeded
            ? new NewSiteResult(folder, written.Created, written.Skipped, [], false)
            : NewSiteResult.Refused(folder, usage: false, [.. written.Problems.Select(p => CannotCreate(folder, p))]);
    }

    private static string CannotCreate(string folder, string problem) => $"cannot create a blog in '{folder}': {problem}; nothing was written";

    /// <summary>GitHub Pages serves a repository named like the folder at https://&lt;user&gt;.github.io/&lt;folder&gt;/.</summary>
    public static string DefaultBaseUrl(string folder)
    {
        var slug = Slug.From(Path.GetFileName(folder.TrimEnd(Path.DirectorySeparatorChar)));
        return slug.Length == 0 ? "https://example.github.io/" : $"https://example.github.io/{slug}/";
    }

    private static List<string> Occupants(string folder) =>
        Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName).OfType<string>()
            .Where(name => !Ignorable.Contains(name)).Order(StringComparer.Ordinal).ToList();
}
