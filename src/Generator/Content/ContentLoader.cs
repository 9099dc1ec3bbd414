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
        var files = InputTree.Walk(siteRoot, StaticFiles.Folder, diagnostics, probeReadable: false);
        var maxBytes = config?.MaxFileBytes ?? SourceFile.DefaultMaxBytes;
        var posts = ReadAll(siteRoot, MarkdownFiles(files, "content/posts"), maxBytes, diagnostics, (d, bag) => ArticleReader.Read(d, config, bag));
        var terms = ReadAll(siteRoot, MarkdownFiles(files, "content/glossary"), maxBytes, diagnostics, (d, bag) => GlossaryReader.Read(d, bag, config));
        var pages = ReadAll(siteRoot, MarkdownFiles(files, "content/pages"), maxBytes, diagnostics, (d, bag) => PageReader.Read(d, bag, config));
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
        return new ContentSet(config, posts, terms, pages, StaticFiles.From(siteRoot, files, diagnostics));
    }

    /// <summary>The Markdown files below one folder (e.g. content/posts), in ordinal order.</summary>
    public static IReadOnlyList<string> MarkdownFiles(IReadOnlyList<InputFile> files, string folder) =>
        files.Where(f => f.RelativePath.StartsWith(folder + "/", StringComparison.Ordinal) && f.RelativePath.EndsWith(".md", StringComparison.Ordinal))
            .Select(f => f.FullPath).ToList();

    private static IReadOnlyList<T> ReadAll<T>(string siteRoot, IReadOnlyList<string> files, long maxBytes, DiagnosticBag diagnostics,
        Func<FrontMatterDocument, DiagnosticBag, T?> read) where T : class
    {
        var results = new T?[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            if (SourceFile.Read(siteRoot, files[i], diagnostics, maxBytes) is { } file
                && FrontMatterDocument.Parse(file, diagnostics) is { } document)
                results[i] = read(document, diagnostics);
        });
        return results.OfType<T>().ToList();
    }
}
