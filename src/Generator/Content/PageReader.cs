namespace Generator.Content;

/// <summary>Turns one file of content/pages into a <see cref="Page"/>.</summary>
public static class PageReader
{
    public static Page? Read(FrontMatterDocument document, DiagnosticBag diagnostics)
    {
        if (document.Yaml is not { } yaml)
        {
            diagnostics.Error(document.Start, DiagnosticCodes.MissingFrontMatter, "page has no front matter: it needs at least a title");
            return null;
        }
        var fields = new FieldReader(document, yaml, diagnostics);
        var title = fields.String("title", required: true);
        var description = fields.String("description");
        var slug = ArticleReader.ReadSlug(fields, document.File.RelativePath, diagnostics);
        var parameters = fields.Params();
        fields.ReportUnknownKeys();
        return title is null || slug is null
            ? null
            : new Page(document.File.RelativePath, slug, title, description, document.Body, document.BodyLine) { Params = parameters };
    }
}
