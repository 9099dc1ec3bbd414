using System.Collections.Concurrent;
using Generator.Content;
using Generator.Site;

namespace Generator.Output;

/// <summary>
/// The build's binary images: WebP variants of every raster file of content/ (<see cref="RasterImages"/>) and, when the
/// site is written, its social images (<see cref="SocialCardJobs"/>: post cards, site cards, the logo). Each is made once, in
/// parallel, into the <see cref="ImageCache"/>, and only when it is not cached yet (or its cached bytes do not match
/// their record); a site with no raster image and no card to make does no image work at all (no cache folder, no font
/// loaded). A link in the cache's path is an error, and the build writes no output.
/// </summary>
internal static class ImageWork
{
    /// <param name="cards">How to make social cards, or null for none (only a writing build makes them).</param>
    /// <param name="cancel">Checked between images.</param>
    public static IReadOnlyList<GeneratedFile> Run(string siteRoot, SiteModel site, CardOptions? cards, DiagnosticBag diagnostics,
        CancellationToken cancel = default)
    {
        var cache = new ImageCache(siteRoot);
        var jobs = new List<Func<IEnumerable<GeneratedFile>>>();
        if (site.StaticFiles is { } files)
            jobs.AddRange(files.Paths.Where(RasterImages.IsRaster).Select(relative => (Func<IEnumerable<GeneratedFile>>)(() => Variants(cache, files, relative, diagnostics))));
        using var social = cards is null ? null : new SocialCardJobs(siteRoot, site, cards, cache, diagnostics);
        if (social is not null) jobs.AddRange(social.Jobs());
        // A character no font has (GEN035): no card is drawn, and the build fails.
        if (jobs.Count == 0 || diagnostics.HasErrors || !cache.Usable(diagnostics)) return [];

        var made = new ConcurrentBag<GeneratedFile>();
        // One worker per core: image jobs run for milliseconds each, and without a bound the thread pool keeps
        // adding threads to Parallel.ForEach (170 of them, each with its own painter, in a 10,000-card build).
        Parallel.ForEach(jobs, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancel },
            job => { foreach (var file in job()) made.Add(file); });
        return made.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
    }

    /// <summary>An image of more than <see cref="RasterImages.MaxPixels"/> is over a limit (GEN037 at the image), for
    /// build and check alike: known from its header, so no pixel is decoded.</summary>
    public static void ReportOversized(SiteModel site, DiagnosticBag diagnostics)
    {
        if (site.StaticFiles is not { } files) return;
        foreach (var relative in files.Paths.Where(RasterImages.IsRaster))
            if (files.ImageSize(relative) is { } size && RasterImages.IsOversized(size))
                diagnostics.Error(SourceLocation.FileStart(StaticFiles.Folder + "/" + relative), DiagnosticCodes.OverLimit,
                    RasterImages.SizeProblem(size));
    }

    /// <summary>Where the images a build makes will be written, known without making them (for collision checks,
    /// which <c>check</c> runs too, although it makes no social cards).</summary>
    public static IEnumerable<string> PlannedPaths(SiteModel site)
    {
        if (site.StaticFiles is { } files)
            foreach (var relative in files.Paths.Where(RasterImages.IsRaster))
                if (files.ImageSize(relative) is { } size && RasterImages.CanResize(size))
                    foreach (var w in RasterImages.VariantWidths(size.Width)) yield return RasterImages.VariantPath(relative, w);
        if (!site.Config.SocialCards) yield break;
        foreach (var language in site.AllLanguages)
        {
            yield return language.Urls.OutputPath(SocialCards.SiteCardUrl(language));
            foreach (var post in language.Posts.Where(p => SocialCards.Needed(language, p.Article)))
                yield return language.Urls.OutputPath(SocialCards.Url(language, post.Article));
        }
        yield return site.Urls.OutputPath(SocialCards.LogoUrl(site));
    }

    private static List<GeneratedFile> Variants(ImageCache cache, StaticFiles files, string relative, DiagnosticBag diagnostics)
    {
        void Unreadable(string problem) => diagnostics.Warning(SourceLocation.FileStart(StaticFiles.Folder + "/" + relative),
            DiagnosticCodes.UnreadableImage, $"no responsive copies made: {problem}");
        // Sizes come from the header, before any decoding: a refused image costs nothing (and has no srcset).
        if (files.ImageSize(relative) is not { } size)
        {
            Unreadable("its header gives no usable pixel size (0 × 0, or not a PNG, JPEG or WebP header)");
            return [];
        }
        if (RasterImages.IsOversized(size)) return []; // an error already (ReportOversized), nothing to decode
        if (!RasterImages.CanResize(size))
        {
            Unreadable(RasterImages.SizeProblem(size));
            return [];
        }
        var source = File.ReadAllBytes(files.FullPath(relative));
        using var decoded = new RasterVariants.Decoded(source); // once for all widths, only if one is not cached
        try
        {
            var made = new List<GeneratedFile>();
            foreach (var w in RasterImages.VariantWidths(size.Width))
                if (cache.GetOrAdd(ImageCache.Key(source, $"{w}w.webp"), () => decoded.WebP(w), diagnostics) is { } file)
                    made.Add(new GeneratedFile(RasterImages.VariantPath(relative, w), file));
            return made;
        }
        catch (InvalidDataException e)
        {
            Unreadable(e.Message);
            return [];
        }
    }
}
