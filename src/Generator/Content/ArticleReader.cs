namespace Generator.Content;

/// <summary>Turns one post file into an <see cref="Article"/>, reporting every front-matter problem it finds.</summary>
internal static class ArticleReader
{
    public static Article? Read(FrontMatterDocument document, SiteConfig? config, DiagnosticBag diagnostics)
    {
        if (document.Yaml is not { } yaml)
        {
            diagnostics.Error(document.Start, DiagnosticCodes.MissingFrontMatter,
                "post has no front matter: start the file with '---', then title, date and author, then '---'");
            return null;
        }
        var fields = new FieldReader(document, yaml, diagnostics);
        var title = ReadTitle(fields, diagnostics);
        var date = fields.Date("date", required: true);
        var updated = fields.Date("updated");
        var author = fields.String("author", required: true);
        var category = fields.String("category");
        var tags = Tags(fields, diagnostics);
        var summary = fields.String("summary");
        // Each entry reads all of its keys before deciding whether it is usable: every problem is reported at once, and a
        // bad value never makes its valid siblings "unknown keys".
        var image = fields.Object("image", i =>
        {
            var (src, alt) = (i.Url("src", true), i.String("alt", true));
            return src is null ? null : new ArticleImage(src, alt ?? "");
        });
        var sources = fields.ObjectList("sources", s =>
        {
            var (title, url, date) = (s.String("title", true), s.Url("url", true), s.Date("date"));
            return title is null || url is null ? null : new SourceReference(title, url, date);
        });
        var faq = fields.ObjectList("faq", f =>
        {
            var (q, a) = (f.String("q", true), f.String("a", true));
            return q is null || a is null ? null : new FaqEntry(q, a);
        });
        var alsoRead = AlsoReadRules.Read(fields, diagnostics);
        var draft = fields.Bool("draft") ?? false;
        var featured = fields.Bool("featured") ?? false;
        var glossary = fields.Bool("glossary") ?? true;
        var language = ContentLanguage.Read(fields, config, diagnostics);
        var slug = ReadSlug(fields, language.SlugPath, diagnostics);
        var parameters = fields.Params();
        fields.ReportUnknownKeys();
        if (config is not null) ContentRules.CheckReferences(config, fields, author, category, diagnostics);

        if (title is null || date is null || author is null || slug is null) return null;
        return new Article(document.File.RelativePath, slug, title, date.Value, updated, author, category, tags, summary,
            image, sources, faq, draft, glossary, document.Body, document.BodyLine)
        {
            Params = parameters, Lang = language.Lang, TranslationKey = language.TranslationKey ?? slug, TranslationKeyAt = language.TranslationKeyAt,
            TagLocations = fields.ItemLocations("tags"), Featured = featured, TitleAt = fields.ValueLocation("title"),
            AlsoRead = [.. alsoRead.Select(i => i.Value)], AlsoReadAt = [.. alsoRead.Select(i => i.At)],
        };
    }

    /// <summary>An explicit slug must be one safe path segment; a derived one is made safe by construction.</summary>
    internal static string? ReadSlug(FieldReader fields, string path, DiagnosticBag diagnostics)
    {
        if (fields.String("slug") is not { } explicitSlug)
        {
            var derived = Slug.FromFileName(path);
            if (Slug.IsTooLong(derived))
            {
                diagnostics.Error(fields.Document.Start, DiagnosticCodes.NameTooLong, Slug.TooLongMessage("the file name", derived) + " or set 'slug'");
                return null;
            }
            if (derived.Length > 0) return derived;
            diagnostics.Error(fields.Document.Start, DiagnosticCodes.InvalidSlug,
                "cannot make a slug from this file name; rename the file or set 'slug'");
            return null;
        }
        if (!Slug.IsValidSegment(explicitSlug))
            diagnostics.Error(fields.ValueLocation("slug"), DiagnosticCodes.InvalidSlug,
                $"slug '{explicitSlug}' must be a single URL segment: no '/', '\\', '..', spaces or leading '.'");
        else if (Slug.IsTooLong(explicitSlug))
            diagnostics.Error(fields.ValueLocation("slug"), DiagnosticCodes.NameTooLong, Slug.TooLongMessage("slug", explicitSlug));
        else return explicitSlug;
        return null;
    }

    /// <summary>The longest title of a post or page (a long headline has a few hundred characters): titles are shown
    /// whole in pages, feeds and search results, and the social card's line breaker measures them.</summary>
    public const int MaxTitleLength = 1_000;

    internal static string? ReadTitle(FieldReader fields, DiagnosticBag diagnostics)
    {
        var title = fields.String("title", required: true);
        if (title is null || title.Length <= MaxTitleLength) return title;
        diagnostics.Error(fields.ValueLocation("title"), DiagnosticCodes.OverLimit,
            $"the title is {title.Length:N0} characters long; the limit is {MaxTitleLength:N0} (put the rest in 'summary')");
        return null;
    }

    /// <summary>More tags than this on one post is a warning: cards show only the first few, and every tag adds a
    /// page that lists the post.</summary>
    public const int ManyTags = 30;

    /// <summary>Tags a post card shows: a card appears on every tag page of its post, so showing every tag would make
    /// the output grow with the square of a post's tag count. The post page itself shows them all.</summary>
    public const int CardTags = 8;

    /// <summary>More tags than this is an error: every tag has a page and a feed that list the post with all of its
    /// tags, so one post's tags cost the square of their number (3,000 tags made 295 MB of feeds).</summary>
    public const int MaxTags = 100;

    private static IReadOnlyList<string> Tags(FieldReader fields, DiagnosticBag diagnostics)
    {
        var items = fields.Items("tags");
        foreach (var (tag, at) in items.Where(i => Slug.IsTooLong(Slug.From(i.Value))))
            diagnostics.Error(at, DiagnosticCodes.NameTooLong, Slug.TooLongMessage("tag", tag));
        if (items.Count > MaxTags)
        {
            diagnostics.Error(items[MaxTags].At, DiagnosticCodes.TooManyTags,
                $"post has {items.Count:N0} tags; the limit is {MaxTags} (every tag is a page and a feed that lists the post with all of its tags)");
            return [];
        }
        if (items.Count > ManyTags)
            diagnostics.Warning(fields.ValueLocation("tags"), DiagnosticCodes.TooManyTags,
                $"post has {items.Count} tags; more than {ManyTags} is hard to read and adds a page per tag (cards show the first {CardTags})");
        return items.Where(i => !Slug.IsTooLong(Slug.From(i.Value))).Select(i => i.Value).ToList();
    }
}
