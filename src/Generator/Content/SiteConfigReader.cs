namespace Generator.Content;

/// <summary>Reads site.yml: site title, base URL, categories, authors (with their avatars), the newsletter call-to-action, menu and params.</summary>
internal static class SiteConfigReader
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

        var languageKey = fields.String("language");
        var listed = LanguagesReader.Read(fields, diagnostics);
        var languages = listed is { Count: > 0 } ? listed : [new SiteLanguage(languageKey ?? "en", languageKey ?? "en", "")];
        var codes = languages.Select(l => l.Code).ToList();
        if (listed is { Count: > 0 } && languageKey is not null && languageKey != codes[0])
            diagnostics.Error(fields.ValueLocation("language"), DiagnosticCodes.SiteConfig,
                $"'language: {languageKey}' disagrees with the first of 'languages' ('{codes[0]}'), the default language; remove 'language'");

        var title = fields.Text("title", codes, required: true) ?? LocalizedText.Of("");
        var description = fields.Text("description", codes) ?? LocalizedText.Of("");
        // Read even when --base-url overrides it, so the key is not reported as unknown.
        var configuredBaseUrl = fields.String("base_url", required: baseUrlOverride is null);
        var baseUrlText = baseUrlOverride ?? configuredBaseUrl;
        var perPageText = fields.String("posts_per_page");
        var cnameText = fields.String("cname");
        var maxSizeText = fields.String("max_file_size_mb");
        var categories = fields.ObjectList("categories", c => Entry(c, "category", "description", codes, diagnostics));
        var authors = fields.ObjectList("authors", a =>
        {
            var avatar = AuthorAvatar.Read(a, diagnostics);
            return Entry(a, "author", "bio", codes, diagnostics) is { } author
                ? author with { Avatar = avatar, AvatarAt = avatar is null ? null : a.ValueLocation(AuthorAvatar.Key) } : null;
        });
        var newsletter = fields.Object("newsletter", n =>
        {
            var (url, text, label) = (n.Url("url", true), n.Text("text", codes), n.Text("label", codes));
            return url is null ? null : new Named(url, text ?? LocalizedText.Of(""), label ?? LocalizedText.Of("Subscribe"));
        });
        var tagTranslations = TagTranslations(fields, codes);
        var parameters = fields.Params();
        var menu = MenuReader.Read(fields, codes, diagnostics);
        var socialCards = fields.Bool("social_cards") ?? true;
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
        baseUrl = baseUrl is null ? null : WithTrailingSlash(baseUrl);
        var cname = string.IsNullOrEmpty(cnameText) ? null : ReadCname(cnameText, baseUrl, fields, diagnostics); // "cname:" left blank: none
        ReportDuplicateIds(categories, "category", fields, diagnostics);
        ReportDuplicateIds(authors, "author", fields, diagnostics);
        if (baseUrl is null) return null;

        SiteConfig In(string code) => new(title.For(code), description.For(code), baseUrl, code, perPage,
            categories.Select(c => new Category(c.Id, c.Name.For(code), c.More?.For(code))).ToList(),
            authors.Select(a => new Author(a.Id, a.Name.For(code), a.More?.For(code)) { Avatar = a.Avatar, AvatarAt = a.AvatarAt }).ToList(),
            newsletter is { } n ? new Newsletter(n.Name.For(code), n.Id, n.More!.For(code)) : null)
        {
            Params = parameters, Menu = menu?.Select(m => m.For(code)).ToList(), Languages = languages, TagTranslations = tagTranslations,
            Cname = cname, MaxFileBytes = (long)(maxMb * 1024 * 1024), SocialCards = socialCards,
        };
        var translated = codes.ToDictionary(code => code, In, StringComparer.Ordinal);
        return translated[codes[0]] with { Translated = translated };
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

    /// <summary>A category or author. Every key is read before the id decides whether the entry is kept, so an id that
    /// is refused does not make its valid siblings "unknown keys".</summary>
    private static Named? Entry(FieldReader entry, string kind, string moreKey, IReadOnlyList<string> codes, DiagnosticBag diagnostics)
    {
        var id = Id(entry, kind, diagnostics);
        var name = entry.Text("name", codes);
        var more = entry.Text(moreKey, codes);
        return id is null ? null : new Named(id, name ?? LocalizedText.Of(id), more) { At = entry.ValueLocation("id") };
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

    /// <summary><c>tag_translations:</c> a list of mappings from language code to that language's name of one tag.</summary>
    private static List<TagTranslation> TagTranslations(FieldReader fields, IReadOnlyList<string> codes) =>
        fields.ObjectList("tag_translations", entry =>
        {
            var names = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var code in codes)
                if (entry.String(code) is { } name) names[code] = name;
            return names.Count > 0 ? new TagTranslation(names, entry.Location) : null;
        }).ToList();

    /// <summary>An entry of site.yml with an id and texts per language: a category, an author (name, bio), the newsletter (url, text, label).</summary>
    private sealed record Named(string Id, LocalizedText Name, LocalizedText? More)
    {
        /// <summary>Where the id is written.</summary>
        public SourceLocation? At { get; init; }

        /// <summary>An author's photo, a path below content/, and where it is written.</summary>
        public string? Avatar { get; init; }

        public SourceLocation? AvatarAt { get; init; }
    }

    /// <summary>Each repeat of an id is an error where it is written, naming the line of the first.</summary>
    private static void ReportDuplicateIds(IEnumerable<Named> entries, string kind, FieldReader fields, DiagnosticBag diagnostics)
    {
        foreach (var group in entries.GroupBy(e => e.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var first = group.First();
            foreach (var repeat in group.Skip(1))
                diagnostics.Error(repeat.At ?? fields.Location, DiagnosticCodes.SiteConfig,
                    $"{kind} id '{group.Key}' is defined more than once (first at line {first.At?.Line}); give each {kind} its own id");
        }
    }
}
