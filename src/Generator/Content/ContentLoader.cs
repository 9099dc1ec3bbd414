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
        var terms = ReadAll(siteRoot, "content/glossary", diagnostics, (d, bag) => GlossaryReader.Read(d, bag, config));
        var pages = ReadAll(siteRoot, "content/pages", diagnostics, (d, bag) => PageReader.Read(d, bag, config));
        if (config is null) return null;

        // Slugs and translation keys are unique within a language: /posts/deal/ and /zh/posts/deal/ are two pages.
        foreach (var group in posts.GroupBy(p => p.Lang)) ContentRules.CheckUniqueSlugs(group, "post", diagnostics);
        foreach (var group in terms.GroupBy(t => t.Lang))
            ContentRules.CheckUniqueSlugs(group.Select(t => (t.SourcePath, t.Slug)), "glossary term", diagnostics);
        foreach (var group in pages.GroupBy(p => p.Lang)) ContentRules.CheckUniqueSlugs(group.Select(p => (p.SourcePath, p.Slug)), "page", diagnostics);
        ContentRules.CheckPageSlugs(pages, config, diagnostics);
        ContentRules.CheckTranslationKeys(posts.Select(p => (p.SourcePath, p.Lang, p.TranslationKey, p.TranslationKeyAt)), "post", diagnostics);
        ContentRules.CheckTranslationKeys(terms.Select(t => (t.SourcePath, t.Lang, t.TranslationKey, t.TranslationKeyAt)), "glossary term", diagnostics);
        ContentRules.CheckTranslationKeys(pages.Select(p => (p.SourcePath, p.Lang, p.TranslationKey, p.TranslationKeyAt)), "page", diagnostics);
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
