namespace Generator.Content;

/// <summary>
/// The Content stage: reads site.yml and every Markdown file under content/, in parallel, into typed records.
/// Cross-file rules (unknown authors, duplicate slugs) are checked here too, so every error is reported in one build.
/// </summary>
internal static class ContentLoader
{
    /// <param name="cache">serve's records of earlier builds: unchanged files are not read again (see <see cref="ContentCache"/>).
    /// The caller has called its <see cref="ContentCache.Begin"/>.</param>
    /// <param name="cancel">Checked between files (Ctrl+C, SIGTERM, serve's next change).</param>
    public static ContentSet? Load(string siteRoot, string? baseUrlOverride, DiagnosticBag diagnostics, ContentCache? cache = null,
        CancellationToken cancel = default)
    {
        var config = SiteConfigReader.Read(siteRoot, baseUrlOverride, diagnostics);
        var files = InputTree.Walk(siteRoot, StaticFiles.Folder, diagnostics, probeReadable: false, cancel);
        var maxBytes = config?.MaxFileBytes ?? SourceFile.DefaultMaxBytes;
        cache?.Walked(config, files);
        var posts = ReadAll(siteRoot, MarkdownFiles(files, "content/posts"), maxBytes, diagnostics, cache, (d, bag) => ArticleReader.Read(d, config, bag), cancel);
        var terms = ReadAll(siteRoot, MarkdownFiles(files, "content/glossary"), maxBytes, diagnostics, cache, (d, bag) => GlossaryReader.Read(d, bag, config), cancel);
        var pages = ReadAll(siteRoot, MarkdownFiles(files, "content/pages"), maxBytes, diagnostics, cache, (d, bag) => PageReader.Read(d, bag, config), cancel);
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
        var staticFiles = StaticFiles.From(siteRoot, files, diagnostics);
        AuthorAvatar.Check(config, staticFiles, diagnostics);
        AlsoReadRules.CheckReferences(posts, config, diagnostics);
        return new ContentSet(config, posts, terms, pages, staticFiles);
    }

    /// <summary>The Markdown files below one folder (e.g. content/posts), in ordinal order.</summary>
    public static IReadOnlyList<InputFile> MarkdownFiles(IReadOnlyList<InputFile> files, string folder) =>
        files.Where(f => f.RelativePath.StartsWith(folder + "/", StringComparison.Ordinal) && f.RelativePath.EndsWith(".md", StringComparison.Ordinal))
            .ToList();

    /// <summary>
    /// serve's fast path: reads one post again, whatever its time stamp, into the cache. Returns the post (null if it
    /// no longer reads as one; the problems are in <paramref name="diagnostics"/>) and whether its front matter is
    /// exactly as the cache held it, which makes the new record the old one with another body.
    /// </summary>
    public static (Article? Post, bool SameFrontMatter) RereadPost(string siteRoot, string relative, ContentCache cache, DiagnosticBag diagnostics)
    {
        var before = cache.FrontMatterOf(relative);
        if (cache.Config is not { } config) return (null, false);
        var file = new InputFile(relative, Path.Combine(siteRoot, relative));
        var post = cache.Reread(file, diagnostics, bag => ReadOne(siteRoot, file.FullPath, config.MaxFileBytes, bag, (d, b) => ArticleReader.Read(d, config, b)));
        return (post, before is not null && before == cache.FrontMatterOf(relative));
    }

    private static IReadOnlyList<T> ReadAll<T>(string siteRoot, IReadOnlyList<InputFile> files, long maxBytes, DiagnosticBag diagnostics,
        ContentCache? cache, Func<FrontMatterDocument, DiagnosticBag, T?> read, CancellationToken cancel) where T : class
    {
        var results = new T?[files.Count];
        Parallel.For(0, files.Count, new ParallelOptions { CancellationToken = cancel }, i =>
        {
            results[i] = cache is null
                ? ReadOne(siteRoot, files[i].FullPath, maxBytes, diagnostics, read).Record
                : cache.Get(files[i], diagnostics, bag => ReadOne(siteRoot, files[i].FullPath, maxBytes, bag, read));
        });
        return results.OfType<T>().ToList();
    }

    private static (T? Record, FrontMatterDocument? Document) ReadOne<T>(string siteRoot, string fullPath, long maxBytes,
        DiagnosticBag diagnostics, Func<FrontMatterDocument, DiagnosticBag, T?> read) where T : class =>
        SourceFile.Read(siteRoot, fullPath, diagnostics, maxBytes) is { } file && FrontMatterDocument.Parse(file, diagnostics) is { } document
            ? (read(document, diagnostics), document)
            : (null, null);
}
