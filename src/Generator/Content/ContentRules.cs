namespace Generator.Content;

/// <summary>Rules that look across files: references into site.yml and slug uniqueness.</summary>
internal static class ContentRules
{
    /// <summary>Page slugs share the site root with the generator's own sections, so those names are reserved.</summary>
    public static readonly IReadOnlySet<string> ReservedPageSlugs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "posts", "tags", "categories", "authors", "glossary", "page", "assets", "search", "404.html", "feed.xml",
        "rss.xml", "feed.json", "sitemap.xml", "robots.txt", "index.html", "search-index.json",
    };

    /// <summary>Checks a post's author and category against site.yml, at the position of the value.</summary>
    public static void CheckReferences(SiteConfig config, FieldReader fields, string? author, string? category, DiagnosticBag diagnostics)
    {
        var authorIds = config.Authors.Select(a => a.Id).ToList();
        var categoryIds = config.Categories.Select(c => c.Id).ToList();
        if (author is not null && !authorIds.Contains(author))
            diagnostics.Error(fields.ValueLocation("author"), DiagnosticCodes.UnknownAuthor,
                $"unknown author '{author}'{DidYouMean.Hint(author, authorIds)}; authors are listed in site.yml");
        if (category is not null && !categoryIds.Contains(category))
            diagnostics.Error(fields.ValueLocation("category"), DiagnosticCodes.UnknownCategory,
                $"unknown category '{category}'{DidYouMean.Hint(category, categoryIds)}; categories are listed in site.yml");
    }

    public static void CheckUniqueSlugs(IEnumerable<Article> posts, string kind, DiagnosticBag diagnostics) =>
        CheckUniqueSlugs(posts.Select(p => (p.SourcePath, p.Slug)), kind, diagnostics);

    /// <summary>
    /// GEN010: one error per slug that several files claim, at the first of them (by path), naming a few of the others
    /// and counting the rest. One error per file, each naming all the others, grew with the square of the group:
    /// 3,000 copies of one <c>slug:</c> printed 213 MB.
    /// </summary>
    public static void CheckUniqueSlugs(IEnumerable<(string Path, string Slug)> items, string kind, DiagnosticBag diagnostics)
    {
        foreach (var group in items.GroupBy(i => i.Slug, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            var paths = group.Select(g => g.Path).Order(StringComparer.Ordinal).ToList();
            var fix = paths.Count == 2 ? "set a different 'slug' in one of them" : "give all but one of them a different 'slug'";
            diagnostics.Error(SourceLocation.FileStart(paths[0]), DiagnosticCodes.DuplicateSlug,
                $"{kind} slug '{group.Key}' is also used by {FileList.Bounded(paths.Skip(1), paths.Count - 1)}; {fix}");
        }
    }

    public static void CheckPageSlugs(IEnumerable<Page> pages, SiteConfig? config, DiagnosticBag diagnostics)
    {
        // The default language's pages share the root with the other languages' folders (/zh/).
        var folders = config?.Languages.Where(l => !l.IsDefault).Select(l => l.Prefix.TrimEnd('/')).ToHashSet(StringComparer.OrdinalIgnoreCase) ?? [];
        foreach (var page in pages.Where(p => ReservedPageSlugs.Contains(p.Slug)))
            diagnostics.Error(SourceLocation.FileStart(page.SourcePath), DiagnosticCodes.InvalidSlug,
                $"page slug '{page.Slug}' is reserved for the generator's own pages; rename the file or set 'slug'");
        foreach (var page in pages.Where(p => folders.Contains(p.Slug) && (config is null || p.Lang.Length == 0 || p.Lang == config.Language)))
            diagnostics.Error(SourceLocation.FileStart(page.SourcePath), DiagnosticCodes.InvalidSlug,
                $"page slug '{page.Slug}' is the folder of another language; rename the file or set 'slug'");
    }

    /// <summary>GEN033: within one language, a translation key names one post (or page, or term); reported in each file.</summary>
    public static void CheckTranslationKeys(IEnumerable<(string Path, string Lang, string Key, SourceLocation? At)> items, string kind,
        DiagnosticBag diagnostics)
    {
        // Two files whose keys both default to one slug are GEN010 already; this is about keys someone wrote.
        foreach (var group in items.GroupBy(i => (i.Lang, i.Key)).Where(g => g.Count() > 1 && g.Any(i => i.At is not null)))
        {
            var claims = group.OrderBy(g => g.Path, StringComparer.Ordinal).ToList();
            foreach (var claim in claims)
            {
                // Each claim is written by an author, so each is reported; a bounded list keeps the output linear.
                var others = FileList.Bounded(claims.Where(c => c.Path != claim.Path).Select(c => c.Path), claims.Count - 1);
                diagnostics.Error(claim.At ?? SourceLocation.FileStart(claim.Path), DiagnosticCodes.DuplicateTranslationKey,
                    $"translation_key '{claim.Key}' is also claimed by {others} in language '{claim.Lang}'; a translation key names one {kind} per language");
            }
        }
    }
}
