namespace Generator.Content;

/// <summary>Reads site.yml: site title, base URL, categories, authors and the newsletter call-to-action.</summary>
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
        var maxSizeText = fields.String("max_file_size_mb");
        var categories = fields.ObjectList("categories", c =>
            Id(c, "category", diagnostics) is { } id ? new Category(id, c.String("name") ?? id, c.String("description")) : null);
        var authors = fields.ObjectList("authors", a =>
            Id(a, "author", diagnostics) is { } id ? new Author(id, a.String("name") ?? id, a.String("bio")) : null);
        var newsletter = fields.Object("newsletter", n =>
            n.Url("url", true) is { } url ? new Newsletter(n.String("text") ?? "", url, n.String("label") ?? "Subscribe") : null);
        fields.ReportUnknownKeys();

        var perPage = 10;
        if (perPageText is not null && (!int.TryParse(perPageText, out perPage) || perPage < 1))
            diagnostics.Error(fields.ValueLocation("posts_per_page"), DiagnosticCodes.WrongType, "'posts_per_page' must be a whole number of at least 1");

        var maxMb = 10.0;
        if (maxSizeText is not null && (!double.TryParse(maxSizeText, System.Globalization.CultureInfo.InvariantCulture, out maxMb) || maxMb <= 0 || maxMb > 1024))
            diagnostics.Error(fields.ValueLocation("max_file_size_mb"), DiagnosticCodes.WrongType, "'max_file_size_mb' must be a number of megabytes between 0 and 1024");

        Uri? baseUrl = null;
        if (baseUrlText is not null && (!Uri.TryCreate(baseUrlText, UriKind.Absolute, out baseUrl) || baseUrl.Scheme is not ("http" or "https")))
        {
            var at = baseUrlOverride is null ? fields.ValueLocation("base_url") : SourceLocation.FileStart(FileName);
            diagnostics.Error(at, DiagnosticCodes.InvalidUrl, $"base URL '{baseUrlText}' must be an absolute http(s) URL such as https://example.github.io/ai-news/");
            baseUrl = null;
        }
        ReportDuplicateIds(categories.Select(c => c.Id), "category", fields, diagnostics);
        ReportDuplicateIds(authors.Select(a => a.Id), "author", fields, diagnostics);
        return baseUrl is null ? null : new SiteConfig(title, description, baseUrl, language, perPage, categories, authors, newsletter)
        {
            MaxFileBytes = (long)(maxMb * 1024 * 1024),
        };
    }

    /// <summary>Ids become URL segments (/categories/&lt;id&gt;/), so they are checked like slugs: `../posts/x` would
    /// make a category page replace a post.</summary>
    private static string? Id(FieldReader fields, string kind, DiagnosticBag diagnostics)
    {
        if (fields.String("id", true) is not { } id) return null;
        if (!Slug.IsValidSegment(id))
            diagnostics.Error(fields.ValueLocation("id"), DiagnosticCodes.InvalidSlug,
                $"{kind} id '{id}' must be a single URL segment: no '/', '\\', '..', spaces or leading '.'");
        else if (Slug.IsTooLong(id))
            diagnostics.Error(fields.ValueLocation("id"), DiagnosticCodes.NameTooLong, Slug.TooLongMessage($"{kind} id", id));
        else return id;
        return null;
    }

    private static void ReportDuplicateIds(IEnumerable<string> ids, string kind, FieldReader fields, DiagnosticBag diagnostics)
    {
        foreach (var group in ids.GroupBy(i => i).Where(g => g.Count() > 1))
            diagnostics.Error(fields.Location, DiagnosticCodes.SiteConfig, $"{kind} id '{group.Key}' is defined more than once");
    }
}
