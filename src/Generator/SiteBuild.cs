using System.Diagnostics;
using Generator.Content;
using Generator.Glossary;
using Generator.Markdown;
using Generator.Output;
using Generator.Rendering;
using Generator.Site;

namespace Generator;

public sealed record BuildOptions(string SourceRoot, string OutputFolder, string? BaseUrl = null, bool Drafts = false,
    bool Future = false, DateTimeOffset? Now = null);

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
        var root = Path.GetFullPath(options.SourceRoot);

        var content = ContentLoader.Load(root, options.BaseUrl, diagnostics);
        var urls = content is null ? null : new SiteUrls(content.Config.BaseUrl);
        var assets = AssetManifest.Scan(root);
        var templates = urls is null ? null : TemplateSet.Load(root, new TemplateHelpers(urls, assets.OutputNames), diagnostics);
        if (content is null || templates is null || diagnostics.HasErrors) return Failed(diagnostics, clock);

        var now = options.Now ?? DateTimeOffset.UtcNow;
        var posts = PostSelection.Published(content.Posts, options.Drafts, options.Future, now);
        var glossary = GlossaryIndex.Build(content.Terms, diagnostics);
        var markdown = new MarkdownConverter(urls!.BasePath, glossary.Extensions(urls), content.StaticFiles.ImageSize);
        markdownCache?.Begin(urls.BasePath, content.Terms, content.StaticFiles);
        var articles = markdownCache is null
            ? Parallel(posts, a => glossary.RenderArticle(markdown, a))
            : Parallel(posts, a => markdownCache.Article(a, article => glossary.RenderArticle(markdown, article)));
        var terms = Parallel(content.Terms, t => glossary.RenderTerm(markdown, t));
        var pages = Parallel(content.Pages, p => glossary.RenderPage(markdown, p));

        var site = SiteAssembler.Assemble(content.Config, articles, terms, pages, diagnostics, content.StaticFiles) with { Now = now };
        if (diagnostics.HasErrors) return Failed(diagnostics, clock);

        var inputs = new RenderInputs(site, templates, assets, diagnostics);
        // A build that writes and renders every page sends each page to the staging folder as soon as it is rendered,
        // so a 10,000-post site never holds all of its pages; a failed build deletes the staging folder unswapped.
        using var staging = write ? StagingFolder.Open(options.OutputFolder, content.StaticFiles) : null;
        var streamed = render is null && staging is not null;
        IReadOnlyList<OutputFile> files = streamed ? [] : render is null ? inputs.RenderAll() : render(inputs);
        IReadOnlyList<string> written = streamed ? inputs.RenderEach(staging!.Add) : [];
        if (diagnostics.HasErrors) return Failed(diagnostics, clock);
        files = [.. files, .. FeedWriter.All(site), SearchIndex.Write(site)];
        IReadOnlyList<string> paths = [.. written, .. files.Select(f => f.Path)];
        OutputFile[] last = [Sitemap.Write(site, paths), RobotsTxt.Write(site)]; // the sitemap lists the HTML rendered above
        files = [.. files, .. last];

        if (staging is not null)
        {
            System.Threading.Tasks.Parallel.ForEach(files, staging.Add);
            staging.Commit(assets);
        }
        return new BuildResult(diagnostics.All, files, site, clock.Elapsed) { Assets = assets, Paths = [.. paths, .. last.Select(f => f.Path)] };
    }

    private static BuildResult Failed(DiagnosticBag diagnostics, Stopwatch clock) => new(diagnostics.All, [], null, clock.Elapsed);

    private static TOut[] Parallel<TIn, TOut>(IReadOnlyList<TIn> items, Func<TIn, TOut> map)
    {
        var results = new TOut[items.Count];
        System.Threading.Tasks.Parallel.For(0, items.Count, i => results[i] = map(items[i]));
        return results;
    }
}
