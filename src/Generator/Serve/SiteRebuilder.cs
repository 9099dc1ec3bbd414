using System.Diagnostics;
using Generator.Content;
using Generator.Markdown;
using Generator.Output;
using Generator.Rendering;

namespace Generator.Serve;

/// <summary>The outcome of one rebuild, for the terminal and the browsers.</summary>
internal sealed record RebuildOutcome(
    bool Succeeded,
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<string> RerenderedUrls,
    int PageCount,
    bool StylesheetsOnly,
    TimeSpan Elapsed,
    ServedSite Site)
{
    /// <summary>This build succeeded after the previous one failed.</summary>
    public bool Recovered { get; init; }

    /// <summary>Only posts' bodies changed, and the last build was patched rather than built again (<see cref="BodyEdits"/>).</summary>
    public bool OnlyBodiesChanged { get; init; }

    /// <summary>Why each page of <see cref="RerenderedUrls"/> was rendered again (<c>serve --verbose</c>).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Reasons { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
}

/// <summary>
/// Rebuilds the site in memory after each batch of file changes and keeps the last good one. The build itself is
/// <see cref="SiteBuild.RenderedBy"/> with <see cref="IncrementalRenderer"/> as its Rendering stage and caches of unchanged
/// files' records and Markdown, so serve and build can never disagree about a page; a failed build keeps serving the
/// previous pages and reports the errors. When only posts' bodies changed, <see cref="BodyEdits"/> patches the last
/// build instead, and declines whenever it could not be sure to equal a full build.
/// A rebuild can be cancelled (a newer change supersedes it, or serve stops): it then changes nothing that is served,
/// and the next one builds in full.
/// </summary>
internal sealed class SiteRebuilder(ServeOptions options)
{
    private RenderedPages pages = RenderedPages.Empty;
    private IReadOnlyDictionary<string, byte[]> assets = new Dictionary<string, byte[]>();
    private readonly MarkdownCache markdown = new();
    private readonly ContentCache content = new();
    private ServedSite current = ServedSite.Empty;
    private LastBuild? last;

    /// <summary>A rebuilder with no caches that serves what this one serves, for when a rebuild of this one does not stop
    /// when cancelled: that rebuild then finishes alone, touching only this instance, and its result is not used.</summary>
    public SiteRebuilder Successor() => new(options) { current = Current };

    /// <summary>Posts converted by the last rebuild (the others were reused from earlier ones).</summary>
    public int ConvertedPosts => markdown.Converted;

    /// <summary>Content files read since the last full rebuild began (the others' records were reused).</summary>
    public int ReadFiles => content.Read;

    /// <summary>Read by request threads while the rebuild loop replaces it; each value is immutable.</summary>
    public ServedSite Current => Volatile.Read(ref current);

    /// <summary>A rebuild that throws (outside the build's own safety net, e.g. reading templates) is a failed
    /// rebuild with one error, shown in the terminal and the overlay; the watcher keeps going. A cancelled one throws
    /// <see cref="OperationCanceledException"/>.</summary>
    public RebuildOutcome RebuildSafely(IReadOnlyCollection<string> changedPaths, CancellationToken cancel = default)
    {
        try
        {
            return Rebuild(changedPaths, cancel);
        }
        catch (Exception e) when (SiteBuild.IsCancellation(e))
        {
            last = null; // its caches hold what it got to; the build after it starts from the files, not from it
            throw new OperationCanceledException(cancel);
        }
        catch (Exception e)
        {
            var error = new Diagnostic(SourceLocation.FileStart(changedPaths.FirstOrDefault() ?? SiteConfigReader.FileName), Severity.Error,
                DiagnosticCodes.InternalError, $"the rebuild failed unexpectedly ({e.GetType().Name}: {e.Message.Split('\n')[0]})");
            var broken = Current with { Errors = [error] };
            last = null;
            Volatile.Write(ref current, broken);
            return new RebuildOutcome(false, [error], [], broken.Files.Count, false, TimeSpan.Zero, broken);
        }
    }

    public RebuildOutcome Rebuild(IReadOnlyCollection<string> changedPaths, CancellationToken cancel = default)
    {
        var clock = Stopwatch.StartNew();
        var root = Path.GetFullPath(options.SourceRoot);
        if (last is not null && BodyEdits.TryApply(last, changedPaths, root, content, markdown, cancel) is { } edit)
        {
            last = edit.Build;
            var patched = Current.WithFiles(edit.Changed);
            Volatile.Write(ref current, patched);
            IReadOnlyList<string> why = [$"the body of {string.Join(", ", changedPaths)} changed"];
            return new RebuildOutcome(true, last.Diagnostics, edit.RerenderedUrls, last.PageCount, false, clock.Elapsed, patched)
                { OnlyBodiesChanged = true, Reasons = edit.RerenderedUrls.ToDictionary(u => u, _ => why, StringComparer.Ordinal) };
        }
        return RebuildAll(changedPaths, root, clock, cancel);
    }

    private RebuildOutcome RebuildAll(IReadOnlyCollection<string> changedPaths, string root, Stopwatch clock, CancellationToken cancel)
    {
        var wasBroken = Current.IsBroken;
        content.Begin(SettingsOf(root), changedPaths);
        RenderPass? pass = null;
        RenderInputs? rendered = null;
        var result = SiteBuild.RenderedBy(options.ToBuildOptions() with { Cancel = cancel }, inputs =>
        {
            rendered = inputs;
            pass = IncrementalRenderer.Render(inputs, pages);
            return pass.Files;
        }, markdown, contentCache: content);

        if (!result.Succeeded || pass is null || rendered is null || result.Assets is null)
        {
            last = null;
            var errors = result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
            var broken = Current with { Errors = errors.Count > 0 ? errors : result.Diagnostics };
            if (broken.BasePath == "/" && broken.Files.Count == 0) broken = broken with { BasePath = BasePathOf(root) };
            Volatile.Write(ref current, broken);
            return new RebuildOutcome(false, result.Diagnostics, [], broken.Files.Count, false, clock.Elapsed, broken);
        }

        pages = pass.Pages;
        assets = ReadAssets(result.Assets, assets);
        // result.Files holds the rendered pages plus what the Output stage adds (feeds, sitemap, search index). Pages
        // kept from the last render are the same strings as last time, so their encoded bytes are kept too.
        var before = (last?.Files, Site: Current);
        ServedFile? Reuse(OutputFile file) =>
            before.Files?.GetValueOrDefault(file.Path) is { } old && ReferenceEquals(old.Content, file.Content) ? before.Site.Find(file.Path) : null;
        var site = ServedSite.From(result.Site!.Urls.BasePath, result.Files, assets, result.Site.StaticFiles, result.Images, Reuse);
        last = LastBuild.Of(rendered, result, pass, content.Articles);
        Volatile.Write(ref current, site);
        return new RebuildOutcome(true, result.Diagnostics, pass.RerenderedUrls, pass.Files.Count, OnlyStylesheets(changedPaths),
            clock.Elapsed, site) { Recovered = wasBroken, Reasons = pass.Reasons };
    }

    /// <summary>What every content file's record depends on besides the file (see <see cref="ContentCache"/>).</summary>
    private string SettingsOf(string root)
    {
        try
        {
            return options.BaseUrl + "\0" + File.ReadAllText(Path.Combine(root, SiteConfigReader.FileName));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Guid.NewGuid().ToString(); // unreadable: the build reports it; keep nothing read with another site.yml
        }
    }

    /// <summary>Hashed assets (CSS, JS) are named by their content, so an unchanged name means unchanged bytes.</summary>
    private static Dictionary<string, byte[]> ReadAssets(AssetManifest manifest, IReadOnlyDictionary<string, byte[]> previous)
    {
        var result = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (source, target) in manifest.OutputNames)
        {
            var path = "assets/" + target;
            if (source != target && previous.TryGetValue(path, out var bytes)) result[path] = bytes;
            else if (TryRead(manifest, source) is { } read) result[path] = read;
        }
        return result;
    }

    private static byte[]? TryRead(AssetManifest manifest, string source)
    {
        try
        {
            return manifest.Read(source);
        }
        catch (IOException)
        {
            return null; // deleted or mid-save: the watcher reports the change and the next rebuild reads it
        }
    }

    private static bool OnlyStylesheets(IReadOnlyCollection<string> changedPaths) =>
        changedPaths.Count > 0 && changedPaths.All(p =>
            p.StartsWith(AssetManifest.Folder + "/", StringComparison.Ordinal) && p.EndsWith(".css", StringComparison.OrdinalIgnoreCase));

    /// <summary>Before any build succeeded, the base path still decides where the error page is shown.</summary>
    private string BasePathOf(string root) =>
        SiteConfigReader.Read(root, options.BaseUrl, new DiagnosticBag()) is { } config ? config.BasePath : "/";
}
