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

public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<OutputFile> Files, SiteModel? Site, TimeSpan Elapsed)
{
    public bool Succeeded => Site is not null && Diagnostics.All(d => d.Severity != Severity.Error);

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
    public static BuildResult Run(BuildOptions options, bool write = true, Func<RenderInputs, IReadOnlyList<OutputFile>>? render = null)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var root = Path.GetFullPath(options.SourceRoot);

        var content = ContentLoader.Load(root, options.BaseUrl, diagnostics);
        var urls = content is null ? null : new SiteUrls(content.Config.BaseUrl);
        var assets = AssetManifest.Scan(root);
        var templates = urls is null ? null : TemplateSet.Load(root, new ThemeFunctions(urls, assets.OutputNames), diagnostics);
        if (content is null || templates is null || diagnostics.HasErrors) return Failed(diagnostics, clock);

        var now = options.Now ?? DateTimeOffset.UtcNow;
        var posts = PostSelection.Published(content.Posts, options.Drafts, options.Future, now);
        var glossary = GlossaryIndex.Build(content.Terms, diagnostics);
        var markdown = new MarkdownConverter(urls!.BasePath, glossary.Extensions(urls), content.StaticFiles.ImageSize,
            path => RasterImages.Srcset(urls.BasePath, path, content.StaticFiles));
        var articles = Parallel(posts, a => glossary.RenderArticle(markdown, a));
        var terms = Parallel(content.Terms, t => glossary.RenderTerm(markdown, t));
        var pages = Parallel(content.Pages, p => glossary.RenderPage(markdown, p));

        var site = SiteAssembler.Assemble(content.Config, articles, terms, pages, diagnostics, content.StaticFiles) with { Now = now };
        if (diagnostics.HasErrors) return Failed(diagnostics, clock);

        var inputs = new RenderInputs(site, templates, assets, diagnostics);
        var files = render is null ? inputs.RenderAll() : render(inputs);
        if (diagnostics.HasErrors) return Failed(diagnostics, clock);
        files = [.. files, .. FeedWriter.All(site), SearchIndex.Write(site), FollowIndex.Write(site, new ViewFactory(site))];
        files = [.. files, Sitemap.Write(site, files), RobotsTxt.Write(site)]; // the sitemap lists the HTML rendered above

        // Social cards are for crawlers of the published site, so only a written build makes them.
        var images = ImageWork.Run(root, site, cards: write, diagnostics);
        if (write) SiteWriter.Write(options.OutputFolder, files, assets, content.StaticFiles, images);
        return new BuildResult(diagnostics.All, files, site, clock.Elapsed) { Assets = assets, Images = images };
    }

    private static BuildResult Failed(DiagnosticBag diagnostics, Stopwatch clock) => new(diagnostics.All, [], null, clock.Elapsed);

    private static TOut[] Parallel<TIn, TOut>(IReadOnlyList<TIn> items, Func<TIn, TOut> map)
    {
        var results = new TOut[items.Count];
        System.Threading.Tasks.Parallel.For(0, items.Count, i => results[i] = map(items[i]));
        return results;
    }
}
