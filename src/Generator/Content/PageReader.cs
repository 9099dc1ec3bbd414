namespace Generator.Content;

/// <summary>Turns one file of content/pages into a <see cref="Page"/>.</summary>
internal static class PageReader
{
    public static Page? Read(FrontMatterDocument document, DiagnosticBag diagnostics, SiteConfig? config = null)
    {
        if (document.Yaml is not { } yaml)
        {
            diagnostics.Error(document.Start, DiagnosticCodes.MissingFrontMatter, "page has no front matter: it needs at least a title");
            return null;
        }
        var fields = new FieldReader(document, yaml, diagnostics);
        var title = ArticleReader.ReadTitle(fields, diagnostics);
        var description = fields.String("description");
        var language = ContentLanguage.Read(fields, config, diagnostics);
        var slug = ArticleReader.ReadSlug(fields, language.SlugPath, diagnostics);
        var parameters = fields.Params();
        fields.ReportUnknownKeys();
        return title is null || slug is null
            ? null
            : new Page(document.File.RelativePath, slug, title, description, document.Body, document.BodyLine)
            {
                Params = parameters, Lang = language.Lang, TranslationKey = language.TranslationKey ?? slug, TranslationKeyAt = language.TranslationKeyAt,
            };
    }
}
