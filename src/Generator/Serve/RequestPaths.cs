using Generator.Site;
namespace Generator.Serve;

/// <summary>How a request path maps onto the served site.</summary>
internal abstract record RequestTarget
{
    public sealed record File(string OutputPath) : RequestTarget;

    /// <summary>A folder asked for without its trailing slash, or the bare base path: redirect, as a static host does.</summary>
    public sealed record Redirect(string Location) : RequestTarget;

    public sealed record NotFound : RequestTarget;
}

/// <summary>
/// Turns a (decoded) request path into an output path of the in-memory site, or refuses it. Anything that could name a
/// file outside the site (dot segments, encoded slashes, backslashes, empty segments, control characters) is not
/// found, whatever the site holds.
/// </summary>
internal static class RequestPaths
{
    public static RequestTarget Resolve(string requestPath, ServedSite site)
    {
        var basePath = site.BasePath;
        if (requestPath + "/" == basePath) return new RequestTarget.Redirect(basePath);
        if (!requestPath.StartsWith(basePath, StringComparison.Ordinal)) return new RequestTarget.NotFound();
        var relative = requestPath[basePath.Length..];
        if (!IsSafe(relative)) return new RequestTarget.NotFound();
        var (file, folderIndex) = OutputPaths.Lookup(relative);
        if (site.Find(file) is not null) return new RequestTarget.File(file);
        // As GitHub Pages answers /posts/x: a redirect to the folder's address, so its relative links resolve.
        return folderIndex is not null && site.Find(folderIndex) is not null ? new RequestTarget.Redirect(requestPath + "/") : new RequestTarget.NotFound();
    }

    public static bool IsSafe(string relative)
    {
        if (relative.Length == 0) return true;
        if (relative.StartsWith('/') || relative.Contains('\\') || relative.Contains('%') || relative.Contains(':')
            || relative.Any(char.IsControl))
            return false;
        var segments = relative.Split('/');
        // The last segment may be empty (a trailing slash); no other may be, and none may be or start with a dot.
        return segments.Take(segments.Length - 1).All(s => s.Length > 0) && segments.All(s => !s.StartsWith('.'));
    }
}
