namespace Generator.Site;

/// <summary>
/// Every URL of the site in one place, all under the base path so a GitHub Pages project site works.
/// A URL ending in '/' is written as that folder's index.html.
/// </summary>
public sealed class SiteUrls(Uri baseUrl)
{
    public string BasePath { get; } = baseUrl.AbsolutePath.EndsWith('/') ? baseUrl.AbsolutePath : baseUrl.AbsolutePath + "/";

    public string Home => BasePath;

    public string HomePage(int page) => page <= 1 ? BasePath : $"{BasePath}page/{page}/";

    public string Post(string slug) => $"{BasePath}posts/{slug}/";

    public string TagIndex => $"{BasePath}tags/";

    public string Tag(string slug) => $"{BasePath}tags/{slug}/";

    public string Category(string id) => $"{BasePath}categories/{id}/";

    public string Author(string id) => $"{BasePath}authors/{id}/";

    public string GlossaryIndex => $"{BasePath}glossary/";

    public string Term(string slug) => $"{BasePath}glossary/{slug}/";

    public string Page(string slug) => $"{BasePath}{slug}/";

    public string NotFound => $"{BasePath}404.html";

    public string Asset(string file) => $"{BasePath}assets/{file}";

    /// <summary>The absolute form, for canonical links, feeds and sitemaps.</summary>
    public string Absolute(string siteUrl) => new Uri(baseUrl, siteUrl).AbsoluteUri;

    /// <summary>The output file, relative to the output folder, that serves a site URL.</summary>
    public string OutputPath(string siteUrl)
    {
        var relative = siteUrl.StartsWith(BasePath, StringComparison.Ordinal) ? siteUrl[BasePath.Length..] : siteUrl.TrimStart('/');
        return relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
    }
}
