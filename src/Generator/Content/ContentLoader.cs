namespace Generator.Content;

/// <summary>
/// The Content stage: reads site.yml and every Markdown file under content/, in parallel, into typed records.
/// Cross-file rules (unknown authors, duplicate slugs) are checked here too, so every error is reported in one build.
/// </summary>
public static class ContentLoader
{
    public static ContentSet? Load(string siteRoot, string? baseUrlOverride, DiagnosticBag diagnostics)
    {
        var config = SiteConfigReader.Read(siteRoot, baseUrlOverride, diagnostics);
        var posts = ReadAll(siteRoot, "content/posts", diagnostics, (d, bag) => ArticleReader.Read(d, config, bag));
        var terms = ReadAll(siteRoot, "content/glossary", diagnostics, GlossaryReader.Read);
        var pages = ReadAll(siteRoot, "content/pages", diagnostics, PageReader.Read);
        if (config is null) return null;

        ContentRules.CheckUniqueSlugs(posts, "post", diagnostics);
        ContentRules.CheckUniqueSlugs(terms.Select(t => (t.SourcePath, t.Slug)), "glossary term", diagnostics);
        ContentRules.CheckUniqueSlugs(pages.Select(p => (p.SourcePath, p.Slug)), "page", diagnostics);
        ContentRules.CheckPageSlugs(pages, diagnostics);
        return new ContentSet(config, posts, terms, pages, StaticFiles.Scan(siteRoot));
    }

    public static IReadOnlyList<string> MarkdownFiles(string siteRoot, string folder)
    {
        var full = Path.Combine(siteRoot, folder);
        if (!Directory.Exists(full)) return [];
        var files = Directory.GetFiles(full, "*.md", SearchOption.AllDirectories);
        Array.Sort(files, StringComparer.Ordinal); // the same order on every file system
        return files;
    }

    private static IReadOnlyList<T> ReadAll<T>(string siteRoot, string folder, DiagnosticBag diagnostics,
        Func<FrontMatterDocument, DiagnosticBag, T?> read) where T : class
    {
        var files = MarkdownFiles(siteRoot, folder);
        var results = new T?[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            if (SourceFile.Read(siteRoot, files[i], diagnostics) is { } file
                && FrontMatterDocument.Parse(file, diagnostics) is { } document)
                results[i] = read(document, diagnostics);
        });
        return results.OfType<T>().ToList();
    }
}
