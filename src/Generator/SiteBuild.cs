using System.Diagnostics;
using Generator.Content;
using Generator.Glossary;
using Generator.Markdown;
using Generator.Output;
using Generator.Rendering;
using Generator.Site;

namespace Generator;

/// <param name="Theme">The theme a site's own templates/ overrides file by file; default: the one built into the tool.</param>
public sealed record BuildOptions(string SourceRoot, string OutputFolder, string? BaseUrl = null, bool Drafts = false,
    bool Future = false, DateTimeOffset? Now = null, BuiltInTheme? Theme = null)
{
    /// <summary>Ctrl+C: stops the write and removes the staging folder, leaving the previous output as it was.</summary>
    public CancellationToken Cancel { get; init; }
}

/// <param name="Files">The files a build holds in memory: every file of an in-memory build (<c>write: false</c>); a
/// build that writes streams its pages to disk as they render, so there only the feeds, sitemap, search index and
/// robots.txt.</param>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<OutputFile> Files, SiteModel? Site, TimeSpan Elapsed)
{
    private readonly IReadOnlyList<string>? paths;

    public bool Succeeded => Site is not null && Diagnostics.All(d => d.Severity != Severity.Error);

    /// <summary>The path of every file the build produced (theme assets and content/'s other files aside), pages included.</summary>
    public IReadOnlyList<string> Paths { get => paths ?? [.. Files.Select(f => f.Path)]; init => paths = value; }

    /// <summary>The theme assets of a successful build, for commands that use the site without writing it.</summary>
    public AssetManifest? Assets { get; init; }

    /// <summary>Generated images (WebP variants, social cards) and the cache files holding their bytes.</summary>
    public IReadOnlyList<GeneratedFile> Images { get; init; } = [];
}

/// <summary>
/// The whole pipeline on one screen: Content → Glossary → Markdown → Site → Rendering → Output.
/// Each stage reports into one diagnostic bag, so a build shows every error at once; nothing is written unless all
/// stages succeeded.
/// </summary>
public static class SiteBuild
{
    /// <param name="render">Replaces the Rendering stage's default (render every page): serve renders incrementally,
    /// the CLI reports progress.</param>
    /// <param name="markdownCache">Reuses unchanged posts' conversions from earlier builds of this process (serve).</param>
    public static BuildResult Run(BuildOptions options, bool write = true, Func<RenderInputs, IReadOnlyList<OutputFile>>? render = null,
        MarkdownCache? markdownCache = null)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        try
        {
            return Run(options, write, render, markdownCache, diagnostics, clock);
        }
        catch (Exception e) when (e is not OperationCanceledException && e.InnerException is not OperationCanceledException)
        {
            // The last line of defence: every input class known to crash is a diagnostic of its own; anything else still
            // reaches build, check and serve as one error line, never a stack trace, and is a bug to report.
            var inner = e is AggregateException { InnerException: { } first } ? first : e;
            diagnostics.Error(SourceLocation.FileStart(SiteConfigReader.FileName), DiagnosticCodes.InternalError,
                $"the build failed unexpectedly ({inner.GetType().Name}: {inner.Message.Split('\n')[0]}); please report this with the input that caused it");
            return Failed(diagnostics, clock);
        }
    }

    private static BuildResult Run(BuildOptions options, bool write, Func<RenderInputs, IReadOnlyList<OutputFile>>? render,
        MarkdownCache? markdownCache, DiagnosticBag diagnostics, Stopwatch clock)
    {
        var root = Path.GetFullPath(options.SourceRoot);

        var content = ContentLoader.Load(root, options.BaseUrl, diagnostics);
        var urls = content is null ? null : new SiteUrls(content.Config.BaseUrl);
        var theme = ThemeFiles.Of(root, options.Theme, diagnostics);
        var assets = AssetManifest.Scan(theme);
        var templates = urls is null ? null : TemplateSet.Load(theme, new ThemeFunctions(urls, assets.OutputNames), diagnostics);
        if (content is null || templates is null || diagnostics.HasErrors) return Failed(diagnostics, clock);

        options.Cancel.ThrowIfCancellationRequested();
        var now = options.Now ?? DateTimeOffset.UtcNow;
        var posts = PostSelection.Published(content.Posts, options.Drafts, options.Future, now);
        templates.Strings.CheckComplete(content.Config, diagnostics);
        // Each language is a site of its own (posts, glossary, lists, feeds, search) under its folder; then linked.
        // serve's cache of converted posts keys on one base path and glossary: it serves one-language sites.
        var cache = content.Config.IsMultilingual ? null : markdownCache;
        var languages = content.Config.Languages.Select(language => AssembleLanguage(content, language, posts, templates, cache, diagnostics) with { Now = now }).ToList();
        if (diagnostics.HasErrors) return Failed(diagnostics, clock);
        var site = SiteAssembler.Link(languages, diagnostics);

        options.Cancel.ThrowIfCancellationRequested();
        var inputs = new RenderInputs(site, templates, assets, diagnostics);
        var files = render is null ? inputs.RenderAll() : render(inputs);
        if (diagnostics.HasErrors) return Failed(diagnostics, clock);
        foreach (var language in site.AllLanguages)
            files = [.. files, .. FeedWriter.All(language, inputs.StringsOf(language)), SearchIndex.Write(language)];
        // Follow topics and "For you" read one index, of the default language.
        files = [.. files, FollowIndex.Write(site, new ViewFactory(site, inputs.StringsOf(site)))];
        files = [.. files, Sitemap.Write(site, files.Select(f => f.Path)), RobotsTxt.Write(site)]; // the sitemap lists the HTML rendered above
        files = [.. files, .. PagesFiles.Write(site.Config)];
        OutputCollisions.Report(content.StaticFiles, files.Select(f => f.Path)
            .Concat(assets.OutputNames.Values.Select(n => "assets/" + n)).Concat(ImageWork.PlannedPaths(site)), diagnostics);
        if (diagnostics.HasErrors) return Failed(diagnostics, clock);

        // Social cards are for crawlers of the published site, so only a written build makes them.
        var images = ImageWork.Run(root, site, cards: write, diagnostics);
        if (write) SiteWriter.Write(options.OutputFolder, files, assets, content.StaticFiles, images, options.Cancel);
        return new BuildResult(diagnostics.All, files, site, clock.Elapsed) { Assets = assets, Images = images };
    }

    /// <summary>Glossary, Markdown and Site for the content of one language, linking only that language's glossary terms.</summary>
    private static SiteModel AssembleLanguage(ContentSet content, SiteLanguage language, IReadOnlyList<Article> published,
        TemplateSet templates, MarkdownCache? markdownCache, DiagnosticBag diagnostics)
    {
        var words = templates.Strings.For(language.Code, content.Config.Languages[0].Code);
        bool Speaks(string lang) => lang == language.Code || (lang.Length == 0 && language.IsDefault);
        var config = content.Config.ForLanguage(language.Code);
        var urls = new SiteUrls(config.BaseUrl, language.Prefix);
        var glossary = GlossaryIndex.Build(content.Terms.Where(t => Speaks(t.Lang)).ToList(), diagnostics);
        // Call-out headings ("Why it matters") are interface strings, in the language of the text around them.
        var markdown = new MarkdownConverter(urls.BasePath, glossary.Extensions(urls), content.StaticFiles.ImageSize,
            calloutTitle: kind => words.Find(kind.Replace('-', '_')),
            srcset: path => RasterImages.Srcset(urls.BasePath, path, content.StaticFiles),
            themeIds: templates.ElementIds);
        markdownCache?.Begin(urls.BasePath, content.Terms, content.StaticFiles);
        var articles = markdownCache is null
            ? Parallel(published.Where(p => Speaks(p.Lang)).ToList(), a => glossary.RenderArticle(markdown, a))
            : Parallel(published.Where(p => Speaks(p.Lang)).ToList(), a => markdownCache.Article(a, article => glossary.RenderArticle(markdown, article)));
        var terms = Parallel(glossary.Terms, t => glossary.RenderTerm(markdown, t));
        var pages = Parallel(content.Pages.Where(p => Speaks(p.Lang)).ToList(), p => glossary.RenderPage(markdown, p));
        MarkdownIssues.Report([.. articles.Select(a => (a.Article.SourcePath, a.Article.BodyLine, a.Content)),
            .. terms.Select(t => (t.Term.SourcePath, t.Term.BodyLine, t.Content)), .. pages.Select(p => (p.Page.SourcePath, p.Page.BodyLine, p.Content))], diagnostics);
        return SiteAssembler.Assemble(config, articles, terms, pages, diagnostics, content.StaticFiles, language);
    }

    private static BuildResult Failed(DiagnosticBag diagnostics, Stopwatch clock) => new(diagnostics.All, [], null, clock.Elapsed);

    private static TOut[] Parallel<TIn, TOut>(IReadOnlyList<TIn> items, Func<TIn, TOut> map)
    {
        var results = new TOut[items.Count];
        System.Threading.Tasks.Parallel.For(0, items.Count, i => results[i] = map(items[i]));
        return results;
    }
}
