using System.Diagnostics;
using Generator.Content;
using Generator.Markdown;
using Generator.Output;
using Generator.Record;
using Generator.Rendering;
using Generator.Site;

namespace Generator;

/// <param name="Theme">The theme a site's own templates/ overrides file by file; default: the one built into the tool.</param>
internal sealed record BuildOptions(string SourceRoot, string OutputFolder, string? BaseUrl = null, bool Drafts = false,
    bool Future = false, DateTimeOffset? Now = null, BuiltInTheme? Theme = null)
{
    /// <summary>Ctrl+C: stops the write and removes the staging folder, leaving the previous output as it was.</summary>
    public CancellationToken Cancel { get; init; }

    /// <summary>Finds a CJK font of the machine for a social card's character the shipped fonts lack; default: the
    /// usual font folders (<see cref="CardFonts.UsualFolders"/>). Tests hide the machine's fonts with <c>() =&gt; null</c>.</summary>
    public Func<string?>? FindSystemFont { get; init; }

    /// <summary>How long a build that writes waits for another build of the same output folder (then
    /// <see cref="OutputLockedException"/>).</summary>
    public OutputLockWait LockWait { get; init; } = OutputLockWait.Default;

    /// <summary>What a build that writes does with <c>.cache/build/</c> (<see cref="BuildCache"/>).</summary>
    public RecordUse Record { get; init; } = RecordUse.Incremental;
}

/// <param name="Files">The files a build holds in memory: every file of an in-memory build (<c>write: false</c>); none
/// of a build that writes with the default Rendering stage, which sends each file to disk as soon as it is made
/// (<see cref="Paths"/> lists them).</param>
internal sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<OutputFile> Files, SiteModel? Site, TimeSpan Elapsed)
{
    private readonly IReadOnlyList<string>? paths;

    public bool Succeeded => (Site is not null || UpToDate) && Diagnostics.All(d => d.Severity != Severity.Error);

    /// <summary>Nothing changed since the last build, which stands as this one (<see cref="UpToDateCheck"/>): no stage ran,
    /// so there is no <see cref="Site"/>.</summary>
    public bool UpToDate { get; init; }

    /// <summary>The path of every file the build produced (theme assets and content/'s other files aside), pages included.</summary>
    public IReadOnlyList<string> Paths { get => paths ?? [.. Files.Select(f => f.Path)]; init => paths = value; }

    /// <summary>The theme assets of a successful build, for commands that use the site without writing it.</summary>
    public AssetManifest? Assets { get; init; }

    /// <summary>Generated images (WebP variants, social cards) and the cache files holding their bytes.</summary>
    public IReadOnlyList<GeneratedFile> Images { get; init; } = [];

    /// <summary>Things the build did that the author should know but that are not about the content (a build record
    /// set aside): one line each.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>A build with a record: how many pages were rendered (the others were the previous build's), and why each
    /// was, by URL.</summary>
    public (int Rendered, IReadOnlyDictionary<string, IReadOnlyList<string>> Reasons)? Incremental { get; init; }
}

/// <summary>
/// The whole pipeline on one screen: Content → Glossary → Markdown → Site → Rendering → Output.
/// Each stage reports into one diagnostic bag, so a build shows every error at once; the output folder changes only
/// when all stages succeeded (a build that writes streams into a staging folder that only then replaces it).
/// </summary>
internal static partial class SiteBuild
{
    /// <summary><c>build</c>: every file goes to a staging folder as soon as it is made, and the staging folder replaces
    /// the output only when the whole build succeeded.</summary>
    /// <param name="progress">Watches the pages render (the CLI's progress bar).</param>
    public static BuildResult Write(BuildOptions options, IRenderProgress? progress = null) =>
        Guarded(options, write: true, render: null, markdownCache: null, progress, contentCache: null, inspect: null);

    /// <summary>Every file made in memory and returned in <see cref="BuildResult.Files"/> (tests, benchmarks).</summary>
    public static BuildResult InMemory(BuildOptions options) =>
        Guarded(options, write: false, render: null, markdownCache: null, progress: null, contentCache: null, inspect: null);

    /// <summary><c>check</c>: every file is handed to <paramref name="inspect"/> as soon as it is made (from any thread)
    /// and not kept, as a build that writes sends it to disk.</summary>
    public static BuildResult Inspect(BuildOptions options, Action<OutputFile> inspect) =>
        Guarded(options, write: false, render: null, markdownCache: null, progress: null, contentCache: null, inspect);

    /// <summary>The site model only (<see cref="BuildResult.Site"/>): no page is rendered and the other files are let go
    /// as they are made.</summary>
    public static BuildResult ModelOnly(BuildOptions options) =>
        Guarded(options, write: false, render: _ => [], markdownCache: null, progress: null, contentCache: null, inspect: _ => { });

    /// <summary>In memory, with the caller's Rendering stage in place of rendering every page: <c>serve</c> renders only
    /// the pages whose inputs changed, reusing the process's caches of content records and Markdown conversions.</summary>
    public static BuildResult RenderedBy(BuildOptions options, Func<RenderInputs, IReadOnlyList<OutputFile>> render,
        MarkdownCache? markdownCache = null, ContentCache? contentCache = null) =>
        Guarded(options, write: false, render, markdownCache, progress: null, contentCache, inspect: null);

    private static BuildResult Guarded(BuildOptions options, bool write, Func<RenderInputs, IReadOnlyList<OutputFile>>? render,
        MarkdownCache? markdownCache, IRenderProgress? progress, ContentCache? contentCache, Action<OutputFile>? inspect)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        try
        {
            return Run(options, write, render, markdownCache, progress, contentCache, inspect, diagnostics, clock);
        }
        catch (LinkRefusedException e)
        {
            // The output's lock committed as a link (._site.lock -> somewhere): refused, not followed. The CLI says so
            // before building (OutputFolder.Problem); a caller of this method gets the same rule as a diagnostic.
            var root = Path.GetFullPath(options.SourceRoot);
            var shown = RealPath.IsInside(e.Path, root) ? SourceFile.RelativeTo(root, e.Path) : e.Path;
            diagnostics.Error(SourceLocation.FileStart(shown), DiagnosticCodes.UnsafeLink,
                $"'{shown}' is a link; the build never opens its own files through a link, so remove it");
            return Failed(diagnostics, clock);
        }
                catch (Exception e) when (!IsCancellation(e) && e is not OutputLockedException) // both are the caller's to report
        {
            // The last line of defence: every input class known to crash is a diagnostic of its own; anything else still
            // reaches build, check and serve as one error line, never a stack trace, and is a bug to report.
            var inner = e is AggregateException { InnerException: { } first } ? first : e;
            // A type initializer's or reflection call's own exception says what went wrong; the wrapper does not.
            while (inner is TypeInitializationException or System.Reflection.TargetInvocationException && inner.InnerException is { } cause) inner = cause;
            diagnostics.Error(SourceLocation.FileStart(SiteConfigReader.FileName), DiagnosticCodes.InternalError,
                $"the build failed unexpectedly ({inner.GetType().Name}: {inner.Message.Split('\n')[0]}); please report this with the input that caused it");
            return Failed(diagnostics, clock);
        }
    }

    private static BuildResult Run(BuildOptions options, bool write, Func<RenderInputs, IReadOnlyList<OutputFile>>? render,
        MarkdownCache? markdownCache, IRenderProgress? progress, ContentCache? contentCache, Action<OutputFile>? inspect,
        DiagnosticBag diagnostics, Stopwatch clock)
    {
        if (write) inspect = null;
        var root = Path.GetFullPath(options.SourceRoot);
        // The record of the previous build (build only): which pages can be taken from it instead of rendered again.
        using var opened = write && options.Record != RecordUse.None ? BuildCache.Open(root, options.Record == RecordUse.Incremental, diagnostics) : null;
        if (diagnostics.HasErrors) return Failed(diagnostics, clock); // a link in the build cache's path
        var cache = opened is { Active: true } ? opened : null;
        // Nothing changed since the last build (inputs and output as it left them): nothing to read, render or write.
        var stamps = cache is null ? null : UpToDateCheck.Begin(cache, options);
        if (stamps?.Unchanged(options.Now ?? DateTimeOffset.UtcNow) is { } unchanged)
            return new BuildResult(diagnostics.All, [], null, clock.Elapsed) { UpToDate = true, Paths = unchanged, Incremental = (0, new Dictionary<string, IReadOnlyList<string>>()) };
        cache?.Load();
        // Only what Rendering and Output need leaves Assemble: the content as read (every post's Markdown) does not,
        // except for serve's caches (an in-memory build that inspects, check, reads what it needs from the files).
        // A build that writes keeps its Markdown conversions with the record (a one-language site's posts).
        markdownCache ??= cache?.Conversions;
        if (Assemble(root, options, keepSources: !write && inspect is null, markdownCache, contentCache, diagnostics)
            is not var (site, templates, assets, staticFiles, themeFiles, nextScheduled))
            return Failed(diagnostics, clock);

        cache?.Conversions?.ReleasePipeline();
        options.Cancel.ThrowIfCancellationRequested();
        var inputs = new RenderInputs(site, templates, assets, diagnostics) { Cancel = options.Cancel, ThemeFiles = themeFiles };
        // A Rendering stage of the caller's (serve's incremental one) hands back every page in memory, first; the
        // default one plans the pages now and renders them below, once every output path is known to be free.
        var given = render?.Invoke(inputs);
        if (given is not null && diagnostics.HasErrors) return Failed(diagnostics, clock);
        var jobs = given is null ? inputs.Jobs() : null;
        if (jobs is not null) progress?.Planned(jobs);
        IReadOnlyList<string> pagePaths = given is null ? [.. jobs!.Select(j => site.Urls.OutputPath(j.Url))] : [.. given.Select(f => f.Path)];
        var files = SiteFiles.Write(site, inputs, pagePaths);
        IReadOnlyList<string> paths = [.. pagePaths, .. files.Select(f => f.Path)];
        OutputCollisions.Report(staticFiles, paths.Concat(assets.OutputNames.Values.Select(n => "assets/" + n))
            .Concat(ImageWork.PlannedPaths(site)), diagnostics, PageSources.Of(site));
        ImageWork.ReportOversized(site, diagnostics);

        // A build that writes sends every file to its staging folder as soon as it is made, so a big site never holds
        // all of its pages (nor its feeds while the pages render). After an error so far the pages still render (all
        // errors are reported at once), into nothing.
        using var staging = write && !diagnostics.HasErrors
            ? StagingFolder.Open(options.OutputFolder, staticFiles, options.Cancel, options.LockWait, cache) : null;
        if (staging is not null)
        {
            staging.AddAll(files);
            files = [];
        }
        else if (inspect is not null)
        {
            foreach (var file in files) inspect(file);
            files = [];
        }
        var warningsBefore = diagnostics.All.Count(d => d.Severity == Severity.Warning);
        var recorded = cache is null ? null : new RecordedRender(new PageRecorder(inputs, themeFiles), cache.Previous);
        if (jobs is not null)
        {
            var renderer = inputs.Renderer();
            if (recorded is not null)
                recorded.RenderEach(renderer, jobs, site.Urls.OutputPath, staging, progress is null ? null : progress.PageDone, options.Cancel);
            else if (write) renderer.RenderEach(jobs, page => staging?.Add(page), progress is null ? null : progress.PageDone);
            else if (inspect is not null) renderer.RenderEach(jobs, inspect, progress is null ? null : progress.PageDone);
            else given = renderer.RenderAll(jobs, progress is null ? null : progress.PageDone);
            jobs = null; // the page inventory is done with; the images and the swap need none of it
        }
        if (diagnostics.HasErrors) return Failed(diagnostics, clock); // disposing the staging folder deletes it

        // Social cards are for crawlers of the published site, so only a written build makes them.
        var cards = write ? new CardOptions(inputs.StringsOf, options.FindSystemFont ?? (() => CardFonts.FindCjkFile(CardFonts.UsualFolders)),
            () => assets.OutputNames.ContainsKey("favicon.svg") ? assets.Read("favicon.svg") : null) : null;
        var images = ImageWork.Run(root, site, cards, diagnostics, options.Cancel);
        if (diagnostics.HasErrors) return Failed(diagnostics, clock); // a link in the image cache's path
        IReadOnlyList<OutputFile> held = given is null ? files : [.. given, .. files];
        staging?.Commit(held, assets, images);
        var notes = cache is null || recorded is null || staging is null ? []
            : recorded.Save(cache, staging, warned: diagnostics.All.Count(d => d.Severity == Severity.Warning) > warningsBefore);
        if (opened is { Active: false, Note: { } busy }) notes = [busy];
        if (notes.Count == 0 && diagnostics.All.Count == 0 && staging is not null) stamps?.Keep(paths, nextScheduled);
        return new BuildResult(diagnostics.All, held, site, clock.Elapsed)
        {
            Assets = assets, Images = images, Paths = paths, Notes = notes,
            Incremental = recorded is null ? null : (recorded.Rendered, recorded.Reasons),
        };
    }

    private static BuildResult Failed(DiagnosticBag diagnostics, Stopwatch clock) => new(diagnostics.All, [], null, clock.Elapsed);

    /// <summary>Whether an exception is the build being cancelled: thrown by a loop that saw the token, or by several
    /// parallel workers that did (<see cref="AggregateException"/>).</summary>
    public static bool IsCancellation(Exception e) => e switch
    {
        OperationCanceledException => true,
        AggregateException aggregate => aggregate.Flatten().InnerExceptions is { Count: > 0 } inner && inner.All(IsCancellation),
        _ => false,
    };
}
