namespace Generator.Site;

/// <summary>
/// The one mapping between a page's address and its file, as static hosts (GitHub Pages) serve them: a folder's
/// address is its <c>index.html</c>. Addresses here are relative to the base path (<c>posts/x/</c>, <c>feed.xml</c>,
/// <c>""</c> for the home page). Build (<see cref="SiteUrls.OutputPath"/>), the sitemap, the link check and serve all
/// map through it, so they cannot disagree about where a page is.
/// </summary>
internal static class OutputPaths
{
    private const string Index = "index.html";

    /// <summary><c>posts/x/</c> → <c>posts/x/index.html</c>; <c>""</c> → <c>index.html</c>; a file's address is its path.</summary>
    public static string Of(string relativeUrl) =>
        relativeUrl.Length == 0 || relativeUrl.EndsWith('/') ? relativeUrl + Index : relativeUrl;

    /// <summary>The inverse of <see cref="Of"/>: <c>posts/x/index.html</c> → <c>posts/x/</c>, <c>index.html</c> → <c>""</c>.</summary>
    public static string UrlOf(string outputPath) =>
        outputPath == Index ? "" : outputPath.EndsWith("/" + Index, StringComparison.Ordinal) ? outputPath[..^Index.Length] : outputPath;

    /// <summary>What a static host tries for an address, in order: the file itself, then, for an address without the
    /// trailing slash (<c>posts/x</c>), the folder's index (which hosts answer with a redirect to <c>posts/x/</c>).</summary>
    public static (string File, string? FolderIndex) Lookup(string relativeUrl) =>
        relativeUrl.Length == 0 || relativeUrl.EndsWith('/') ? (relativeUrl + Index, null) : (relativeUrl, relativeUrl + "/" + Index);
}
