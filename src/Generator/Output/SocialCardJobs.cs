using Generator.Content;
using Generator.Rendering;
using Generator.Site;

namespace Generator.Output;

/// <summary>How a writing build makes its cards: each language's interface strings (the date as the language writes
/// it), how to find a CJK font of the machine for a character the shipped fonts lack, and the theme's favicon.</summary>
internal sealed record CardOptions(Func<SiteModel, InterfaceStrings.LanguageStrings> Strings, Func<string?> FindSystemFont,
    Func<byte[]?> Favicon);

/// <summary>
/// The social images of a writing build as image jobs: every post card, the site card of each language and the logo.
/// Before any is drawn, every text is checked against the fonts (<see cref="GlyphCoverage"/>): a character no font
/// has is an error (GEN035) at the post's title (or in site.yml, for the site's title, description and categories),
/// never a card with a gap. One instance per build; the checks run on the calling thread, the drawing in parallel
/// with one painter per worker.
/// </summary>
internal sealed class SocialCardJobs : IDisposable
{
    private readonly SiteModel site;
    private readonly CardOptions options;
    private readonly ImageCache cache;
    private readonly DiagnosticBag diagnostics;
    private readonly Lazy<CardFonts> fonts;
    private readonly Lazy<GlyphCoverage> coverage;
    private readonly Lazy<ThemeColours> colours;
    private readonly ThreadLocal<SocialCardPainter> painters;
    private readonly HashSet<string> reported = [];

    public SocialCardJobs(string siteRoot, SiteModel site, CardOptions options, ImageCache cache, DiagnosticBag diagnostics)
    {
        (this.site, this.options, this.cache, this.diagnostics) = (site, options, cache, diagnostics);
        fonts = new Lazy<CardFonts>(() => CardFonts.Load(options.FindSystemFont));
        coverage = new Lazy<GlyphCoverage>(() => new GlyphCoverage(fonts.Value));
        colours = new Lazy<ThemeColours>(() => ThemeColours.Read(siteRoot));
        // A painter per thread, made only when a card is not cached: it keeps a 3 MB surface, paints and fonts.
        painters = new ThreadLocal<SocialCardPainter>(() => new SocialCardPainter(colours.Value, fonts.Value), trackAllValues: true);
    }

    public List<Func<IEnumerable<GeneratedFile>>> Jobs()
    {
        var jobs = new List<Func<IEnumerable<GeneratedFile>>>();
        if (!site.Config.SocialCards) return jobs;
        var siteYml = SourceLocation.FileStart(SiteConfigReader.FileName);
        foreach (var language in site.AllLanguages)
        {
            var card = SiteCardText(language);
            var usesSystem = Check(card.Site, siteYml, "the site's title") | Check(card.Headline, siteYml, "the site's description");
            jobs.Add(Job(card, usesSystem, language.Urls.OutputPath(SocialCards.SiteCardUrl(language))));
            var views = new ViewFactory(language, options.Strings(language));
            foreach (var post in language.Posts.Where(p => SocialCards.Needed(language, p.Article)))
            {
                var article = post.Article;
                var category = article.CategoryId is { } id && language.CategoriesById.TryGetValue(id, out var c) ? c.Name : null;
                var text = new CardText(language.Config.Title, category, article.Title, views.Date(article.Date).Display);
                var at = article.TitleAt ?? SourceLocation.FileStart(article.SourcePath);
                usesSystem = card.Site == text.Site ? usesSystem : Check(text.Site, siteYml, "the site's title");
                usesSystem |= Check(category ?? "", siteYml, $"the name of category '{article.CategoryId}'")
                    | Check(text.Headline, at, "the headline") | Check(text.Date, at, "the date");
                jobs.Add(Job(text, usesSystem, language.Urls.OutputPath(SocialCards.Url(language, article))));
            }
        }
        jobs.Add(LogoJob());
        return jobs;
    }

    /// <summary>Reports the characters of <paramref name="text"/> that no font has; true when the text needs the
    /// machine's font. Plain ASCII needs no check, so a warm build of an English site loads no font.</summary>
    private bool Check(string text, SourceLocation at, string what)
    {
        if (GlyphCoverage.IsPlainAscii(text)) return false;
        var missing = coverage.Value.Missing(text);
        if (missing.Count > 0 && reported.Add($"{at}\n{text}"))
        {
            var machine = fonts.Value.SystemFile is { } file ? $"nor {file} on this machine" : "and no CJK font was found on this machine";
            diagnostics.Error(at, DiagnosticCodes.MissingFont,
                $"the social card cannot draw {string.Join(", ", missing.Select(GlyphCoverage.Describe))} of {what}: the shipped fonts " +
                $"(Inter, and Noto Sans CJK SC for the 7,445 characters of GB 2312) lack it, {machine}; write it otherwise, install a font " +
                "that has it (Debian/Ubuntu: apt-get install fonts-noto-cjk) or set 'social_cards: false' in site.yml");
        }
        return coverage.Value.UsesSystem(text);
    }

    private Func<IEnumerable<GeneratedFile>> Job(CardText text, bool usesSystem, string output)
    {
        var key = ImageCache.Key(SocialCardPainter.Version, CardFonts.LatinResource, CardFonts.CjkResource,
            usesSystem ? fonts.Value.SystemFile ?? "" : "", colours.Value.ToString(), text.Site, text.Category ?? "", text.Headline, text.Date) + ".png";
        return () => cache.GetOrAdd(key, () => painters.Value!.Paint(text), diagnostics) is { } file ? [new GeneratedFile(output, file)] : [];
    }

    private Func<IEnumerable<GeneratedFile>> LogoJob()
    {
        var favicon = options.Favicon();
        var title = site.Config.Title;
        var usesSystem = Check(title, SourceLocation.FileStart(SiteConfigReader.FileName), "the site's title");
        var key = ImageCache.Key(SiteLogo.Version, CardFonts.LatinResource, CardFonts.CjkResource, usesSystem ? fonts.Value.SystemFile ?? "" : "",
            colours.Value.ToString(), title, favicon is null ? "" : Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(favicon))) + ".png";
        var output = site.Urls.OutputPath(SocialCards.LogoUrl(site));
        return () => cache.GetOrAdd(key, () => SiteLogo.Paint(favicon, colours.Value, title, fonts.Value), diagnostics) is { } file
            ? [new GeneratedFile(output, file)] : [];
    }

    public void Dispose()
    {
        foreach (var painter in painters.Values) painter.Dispose();
        painters.Dispose();
        if (coverage.IsValueCreated) coverage.Value.Dispose();
        if (fonts.IsValueCreated) fonts.Value.Dispose();
    }


    /// <summary>What the site card says: the title, the description as its headline (the title again without one), and
    /// where the site lives instead of a date.</summary>
    private static CardText SiteCardText(SiteModel language)
    {
        var home = new Uri(language.Urls.Absolute(language.Urls.Home));
        var description = language.Config.Description;
        return new CardText(language.Config.Title, null, string.IsNullOrWhiteSpace(description) ? language.Config.Title : description,
            (home.Host + home.AbsolutePath).TrimEnd('/'));
    }
}
