using Generator.Content;
using Generator.Glossary;
using Generator.Markdown;
using Generator.Output;
using Generator.Rendering;
using Generator.Site;

namespace Generator;

/// <summary>The first half of the pipeline: Content → Glossary → Markdown → Site.</summary>
internal static partial class SiteBuild
{
    /// <summary>What the Rendering and Output stages work from.</summary>
    /// <param name="ThemeFiles">Which theme files each template renders through, read before the templates are compiled
    /// (the dependency record's theme part).</param>
    private sealed record Assembled(SiteModel Site, TemplateSet Templates, AssetManifest Assets, StaticFiles StaticFiles,
        Record.TemplateDependencies ThemeFiles, DateTimeOffset? NextScheduled);

    /// <param name="keepSources">False: posts' Markdown is dropped once converted (see <see cref="AssembleLanguage"/>).</param>
    private static Assembled? Assemble(string root, BuildOptions options, bool keepSources, MarkdownCache? markdownCache,
        ContentCache? contentCache, DiagnosticBag diagnostics)
    {
        var content = ContentLoader.Load(root, options.BaseUrl, diagnostics, contentCache, options.Cancel);
        var urls = content is null ? null : new SiteUrls(content.Config.BaseUrl);
        var theme = ThemeFiles.Of(root, options.Theme, diagnostics);
        var themeFiles = Record.TemplateDependencies.Read(theme);
        var assets = AssetManifest.Scan(theme);
        var templates = urls is null ? null : TemplateSet.Load(theme, new ThemeFunctions(urls, assets.OutputNames, assets.TryRead), diagnostics);
        if (content is null || templates is null || diagnostics.HasErrors) return null;

        options.Cancel.ThrowIfCancellationRequested();
        var now = options.Now ?? DateTimeOffset.UtcNow;
        var posts = PostSelection.Published(content.Posts, options.Drafts, options.Future, now);
        AlsoReadRules.CheckPublished(content.Posts, posts, diagnostics);
        templates.Strings.CheckComplete(content.Config, diagnostics);
        // Each language is a site of its own (posts, glossary, lists, feeds, search) under its folder; then linked.
        // serve's cache of converted posts keys on one base path and glossary: it serves one-language sites.
        var cache = content.Config.IsMultilingual ? null : markdownCache;
        var languages = content.Config.Languages.Select(language =>
            AssembleLanguage(content, language, posts, templates, cache, keepSources, diagnostics, options.Cancel) with { Now = now }).ToList();
        if (diagnostics.HasErrors) return null;
        var site = SiteAssembler.Link(languages, diagnostics);
        // A menu entry must lead to a page in every language (only now are each language's pages known).
        MenuLinks.Check(site, diagnostics);
        if (diagnostics.HasErrors) return null;
        return new Assembled(site, templates, assets, content.StaticFiles, themeFiles, PostSelection.NextScheduled(content.Posts, now));
    }

    /// <summary>Glossary, Markdown and Site for the content of one language, linking only that language's glossary terms.</summary>
    /// <param name="keepSources">False for a build that writes or inspects: nothing after the Markdown stage reads a
    /// post's Markdown (only serve's cache does; <c>check</c> reads the files again), and at 10,000 posts it is about
    /// 100 MB of UTF-16, so the site model's articles carry an empty <see cref="Article.Body"/>.</param>
    /// <param name="cancel">Checked between documents: Markdig cannot be stopped inside one, and the limits on a
    /// document's size and shape keep each of them short.</param>
    private static SiteModel AssembleLanguage(ContentSet content, SiteLanguage language, IReadOnlyList<Article> published,
        TemplateSet templates, MarkdownCache? markdownCache, bool keepSources, DiagnosticBag diagnostics, CancellationToken cancel)
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
            themeIds: templates.ElementIds, interfaceString: key => words.Find(key));
        Func<Article, RenderedArticle> convert = article => RenderedDocuments.Article(markdown, article);
        markdownCache?.Begin(urls.BasePath, content.Terms, content.StaticFiles, [words.Source, .. templates.ElementIds.Order(StringComparer.Ordinal)], convert);
        var articles = markdownCache is null
            ? Parallel(published.Where(p => Speaks(p.Lang)).ToList(), a => Sources(convert(a), keepSources), cancel)
            : Parallel(published.Where(p => Speaks(p.Lang)).ToList(), a => Sources(markdownCache.Article(a, convert), keepSources), cancel);
        var terms = Parallel(glossary.Terms, t => RenderedDocuments.Term(markdown, t), cancel);
        var pages = Parallel(content.Pages.Where(p => Speaks(p.Lang)).ToList(), p => RenderedDocuments.Page(markdown, p), cancel);
        MarkdownIssues.Report([.. articles.Select(a => (a.Article.SourcePath, a.Article.BodyLine, a.Content)),
            .. terms.Select(t => (t.Term.SourcePath, t.Term.BodyLine, t.Content)), .. pages.Select(p => (p.Page.SourcePath, p.Page.BodyLine, p.Content))], diagnostics);
        return SiteAssembler.Assemble(config, articles, terms, pages, diagnostics, content.StaticFiles, language);
    }

    private static RenderedArticle Sources(RenderedArticle rendered, bool keep) =>
        keep ? rendered : rendered with { Article = rendered.Article with { Body = "" } };

    private static TOut[] Parallel<TIn, TOut>(IReadOnlyList<TIn> items, Func<TIn, TOut> map, CancellationToken cancel)
    {
        var results = new TOut[items.Count];
        System.Threading.Tasks.Parallel.For(0, items.Count, new ParallelOptions { CancellationToken = cancel }, i => results[i] = map(items[i]));
        return results;
    }
}
