namespace Generator.Content;

/// <summary>Reads site.yml: site title, base URL, custom domain, categories, authors, the newsletter call-to-action, menu and params.</summary>
public static class SiteConfigReader
{
    public const string FileName = "site.yml";

    public static SiteConfig? Read(string siteRoot, string? baseUrlOverride, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(siteRoot, FileName);
        if (!File.Exists(path))
        {
            diagnostics.Error(SourceLocation.FileStart(FileName), DiagnosticCodes.SiteConfig,
                $"no {FileName} in '{siteRoot}'; run the command inside a site (or any folder below its {FileName}), pass --source DIR, or start a new site with 'newsgen init'");
            return null;
        }
        if (SourceFile.Read(siteRoot, path, diagnostics) is not { } file) return null;
        if (FrontMatterDocument.ParsePlainYaml(file, diagnostics) is not { Yaml: { } yaml } document) return null;
        var fields = new FieldReader(document, yaml, diagnostics);

        var title = fields.String("title", required: true) ?? "";
        var description = fields.String("description") ?? "";
        // Read even when --base-url overrides it, so the key is not reported as unknown.
        var configuredBaseUrl = fields.String("base_url", required: baseUrlOverride is null);
        var baseUrlText = baseUrlOverride ?? configuredBaseUrl;
        var language = fields.String("language") ?? "en";
        var perPageText = fields.String("posts_per_page");
        var cnameText = fields.String("cname");
        var categories = fields.ObjectList("categories", c =>
            c.String("id", true) is { } id ? new Category(id, c.String("name") ?? id, c.String("description")) : null);
        var authors = fields.ObjectList("authors", a =>
            a.String("id", true) is { } id ? new Author(id, a.String("name") ?? id, a.String("bio")) : null);
        var newsletter = fields.Object("newsletter", n =>
            n.String("url", true) is { } url ? new Newsletter(n.String("text") ?? "", url, n.String("label") ?? "Subscribe") : null);
        var parameters = fields.Params();
        var menu = MenuReader.Read(fields, diagnostics);
        fields.ReportUnknownKeys();

        var perPage = 10;
        if (perPageText is not null && (!int.TryParse(perPageText, out perPage) || perPage < 1))
            diagnostics.Error(fields.ValueLocation("posts_per_page"), DiagnosticCodes.WrongType, "'posts_per_page' must be a whole number of at least 1");

        Uri? baseUrl = null;
        if (baseUrlText is not null && (!Uri.TryCreate(baseUrlText, UriKind.Absolute, out baseUrl) || baseUrl.Scheme is not ("http" or "https")))
        {
            var at = baseUrlOverride is null ? fields.ValueLocation("base_url") : SourceLocation.FileStart(FileName);
            diagnostics.Error(at, DiagnosticCodes.InvalidUrl, $"base URL '{baseUrlText}' must be an absolute http(s) URL such as https://example.github.io/ai-news/");
            baseUrl = null;
        }
        baseUrl = baseUrl is null ? null : WithTrailingSlash(baseUrl);
        var cname = string.IsNullOrEmpty(cnameText) ? null : ReadCname(cnameText, baseUrl, fields, diagnostics); // "cname:" left blank: none
        ReportDuplicateIds(categories.Select(c => c.Id), "category", fields, diagnostics);
        ReportDuplicateIds(authors.Select(a => a.Id), "author", fields, diagnostics);
        return baseUrl is null ? null : new SiteConfig(title, description, baseUrl, language, perPage, categories, authors, newsletter)
        {
            Params = parameters,
            Menu = menu,
            Cname = cname,
        };
    }

    /// <summary>
    /// https://user.github.io/repo → https://user.github.io/repo/. GitHub's configure-pages action gives the base URL
    /// without the slash; without it, "repo" would be a file name that relative URLs replace, and pages would print
    /// two spellings of the site's address.
    /// </summary>
    private static Uri WithTrailingSlash(Uri baseUrl) => baseUrl.AbsolutePath.EndsWith('/')
        ? baseUrl
        : new Uri(baseUrl.GetLeftPart(UriPartial.Path) + "/" + baseUrl.Query + baseUrl.Fragment);

    /// <summary>
    /// The custom domain: a bare host name. A base URL on another host or below a path is only a warning, since CI may
    /// build before the domain is switched on, but it means links will not point where the domain serves the site.
    /// </summary>
    private static string? ReadCname(string text, Uri? baseUrl, FieldReader fields, DiagnosticBag diagnostics)
    {
        var at = fields.ValueLocation("cname");
        if (!HostName.TryParse(text, out var host, out var problem))
        {
            diagnostics.Error(at, DiagnosticCodes.SiteConfig, $"'cname' must be a bare host name such as news.example.com: {problem}");
            return null;
        }
        if (baseUrl is null) return host;
        if (!string.Equals(baseUrl.Host, host, StringComparison.OrdinalIgnoreCase))
            diagnostics.Warning(at, DiagnosticCodes.SiteConfig,
                $"'cname' is {host} but the base URL's host is {baseUrl.Host}: links and feeds will point at {baseUrl.Host}; "
                + $"set base_url to https://{host}/ (or the custom domain in the repository's Pages settings, for CI)");
        else if (baseUrl.AbsolutePath != "/")
            diagnostics.Warning(at, DiagnosticCodes.SiteConfig,
                $"a custom domain serves the site at its root, but the base URL has the path {baseUrl.AbsolutePath}; set base_url to https://{host}/");
        return host;
    }

    private static void ReportDuplicateIds(IEnumerable<string> ids, string kind, FieldReader fields, DiagnosticBag diagnostics)
    {
        foreach (var group in ids.GroupBy(i => i).Where(g => g.Count() > 1))
            diagnostics.Error(fields.Location, DiagnosticCodes.SiteConfig, $"{kind} id '{group.Key}' is defined more than once");
    }
}
