using System.Collections.Concurrent;
using Generator.Content;
using Generator.Site;

namespace Generator.Output;

/// <summary>
/// The build's binary images: WebP variants of every raster file of content/ (<see cref="RasterImages"/>) and, when the
/// site is written, the social card of every post that needs one (<see cref="SocialCards"/>). Each is made once, in
/// parallel, into the <see cref="ImageCache"/>, and only when it is not cached yet; a site with no raster image and no
/// card to make does no image work at all (no cache folder, no font loaded).
/// </summary>
public static class ImageWork
{
    public static IReadOnlyList<GeneratedFile> Run(string siteRoot, SiteModel site, bool cards, DiagnosticBag diagnostics)
    {
        var cache = new ImageCache(siteRoot);
        var jobs = new List<Func<IEnumerable<GeneratedFile>>>();
        if (site.StaticFiles is { } files)
            jobs.AddRange(files.Paths.Where(RasterImages.IsRaster).Select(relative => (Func<IEnumerable<GeneratedFile>>)(() => Variants(cache, files, relative, diagnostics))));
        var cjkFile = new Lazy<string?>(() => CjkFile(site));
        var fonts = new Lazy<CardFonts>(() => CardFonts.Load(cjkFile.Value));
        var colours = new Lazy<ThemeColours>(() => ThemeColours.Read(siteRoot));
        // A painter per thread, made only when a card is not cached: it keeps a 3 MB surface, paints and fonts.
        using var painters = new ThreadLocal<SocialCardPainter>(() => new SocialCardPainter(colours.Value, fonts.Value),
            trackAllValues: true);
        if (cards)
            foreach (var language in site.AllLanguages) jobs.AddRange(Cards(language, cache, diagnostics, cjkFile, colours, painters));
        if (jobs.Count == 0) return [];

        var made = new ConcurrentBag<GeneratedFile>();
        try
        {
            // One worker per core: image jobs run for milliseconds each, and without a bound the thread pool keeps
            // adding threads to Parallel.ForEach (170 of them, each with its own painter, in a 10,000-card build).
            Parallel.ForEach(jobs, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
                job => { foreach (var file in job()) made.Add(file); });
        }
        finally
        {
            foreach (var painter in painters.Values) painter.Dispose();
            if (fonts.IsValueCreated) fonts.Value.Dispose();
        }
        return made.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
    }

    /// <summary>Where the images a build makes will be written, known without making them (for collision checks,
    /// which <c>check</c> runs too, although it makes no social cards).</summary>
    public static IEnumerable<string> PlannedPaths(SiteModel site)
    {
        if (site.StaticFiles is { } files)
            foreach (var relative in files.Paths.Where(RasterImages.IsRaster))
                if (files.ImageSize(relative) is { } size && RasterImages.CanResize(size))
                    foreach (var w in RasterImages.VariantWidths(size.Width)) yield return RasterImages.VariantPath(relative, w);
        foreach (var language in site.AllLanguages)
            foreach (var post in language.Posts.Where(p => SocialCards.Needed(language, p.Article)))
                yield return language.Urls.OutputPath(SocialCards.Url(language, post.Article));
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
        if (!RasterImages.CanResize(size))
        {
            Unreadable(RasterImages.SizeProblem(size));
            return [];
        }
        var source = File.ReadAllBytes(files.FullPath(relative));
        using var decoded = new RasterVariants.Decoded(source); // once for all widths, only if one is not cached
        try
        {
            return RasterImages.VariantWidths(size.Width).Select(w => new GeneratedFile(RasterImages.VariantPath(relative, w),
                cache.GetOrAdd(ImageCache.Key(source, $"{w}w.webp"), () => decoded.WebP(w)))).ToList();
        }
        catch (InvalidDataException e)
        {
            Unreadable(e.Message);
            return [];
        }
    }

    private static IEnumerable<Func<IEnumerable<GeneratedFile>>> Cards(SiteModel site, ImageCache cache,
        DiagnosticBag diagnostics, Lazy<string?> cjkFont, Lazy<ThemeColours> colours, ThreadLocal<SocialCardPainter> painters)
    {
        var posts = site.Posts.Where(p => SocialCards.Needed(site, p.Article)).ToList();
        if (posts.Count == 0) yield break;
        var cjkFile = cjkFont.Value;
        var views = new Rendering.ViewFactory(site);
        foreach (var post in posts)
        {
            var article = post.Article;
            var category = article.CategoryId is { } id && site.CategoriesById.TryGetValue(id, out var c) ? c.Name : null;
            var text = new CardText(site.Config.Title, category, article.Title, views.Date(article.Date).Display);
            var needsCjk = CardFonts.NeedsCjk(text.Site + text.Category + text.Headline);
            if (needsCjk && cjkFile is null)
                diagnostics.Warning(SourceLocation.FileStart(article.SourcePath), DiagnosticCodes.MissingFont,
                    "no font with Chinese, Japanese or Korean characters was found for the social card, so they are left out; " +
                    "install one (Debian/Ubuntu: apt-get install fonts-noto-cjk, or the smaller fonts-wqy-microhei) and build again");
            var key = ImageCache.Key(SocialCardPainter.Version, CardFonts.LatinResource, needsCjk ? cjkFile ?? "" : "",
                colours.Value.ToString(), text.Site, text.Category ?? "", text.Headline, text.Date) + ".png";
            var output = site.Urls.OutputPath(SocialCards.Url(site, article));
            yield return () => [new GeneratedFile(output, cache.GetOrAdd(key, () => painters.Value!.Paint(text)))];
        }
    }

    /// <summary>Looks for a CJK font (once, for every language) only when some card text needs one.</summary>
    private static string? CjkFile(SiteModel site) => site.AllLanguages.Any(language =>
        CardFonts.NeedsCjk(language.Config.Title) || language.Config.Categories.Any(c => CardFonts.NeedsCjk(c.Name))
        || language.Posts.Any(p => CardFonts.NeedsCjk(p.Article.Title))) ? CardFonts.FindCjkFile() : null;
}
