namespace Generator.Content;

/// <summary>Reads site.yml: site title, base URL, categories, authors, the newsletter call-to-action, menu and params.</summary>
public static class SiteConfigReader
{
    public const string FileName = "site.yml";

    public static SiteConfig? Read(string siteRoot, string? baseUrlOverride, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(siteRoot, FileName);
        if (!File.Exists(path))
        {
            diagnostics.Error(SourceLocation.FileStart(FileName), DiagnosticCodes.SiteConfig,
                $"no {FileName} in the site root '{siteRoot}' (is --source pointing at the right folder?)");
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
        var categories = fields.ObjectList("categories", c =>
            c.String("id", true) is { } id ? new Category(id, c.String("name") ?? id, c.String("description")) : null);
        var authors = fields.ObjectList("authors", a =>
            a.String("id", true) is { } id ? new Author(id, a.String("name") ?? id, a.String("bio")) : null);
        var newsletter = fields.Object("newsletter", n =>
            n.String("url", true) is { } url ? new Newsletter(n.String("text") ?? "", url, n.String("label") ?? "Subscribe") : null);
        var parameters = fields.Params();
        var menu = MenuReader.Read(fields, diagnostics);
        var socialCards = fields.Bool("social_cards") ?? true;
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
        ReportDuplicateIds(categories.Select(c => c.Id), "category", fields, diagnostics);
        ReportDuplicateIds(authors.Select(a => a.Id), "author", fields, diagnostics);
        return baseUrl is null
            ? null
            : new SiteConfig(title, description, baseUrl, language, perPage, categories, authors, newsletter) { Params = parameters, Menu = menu, SocialCards = socialCards };
    }

    private static void ReportDuplicateIds(IEnumerable<string> ids, string kind, FieldReader fields, DiagnosticBag diagnostics)
    {
        foreach (var group in ids.GroupBy(i => i).Where(g => g.Count() > 1))
            diagnostics.Error(fields.Location, DiagnosticCodes.SiteConfig, $"{kind} id '{group.Key}' is defined more than once");
    }
}
