namespace Generator.Content;

/// <summary>Turns one glossary file into a <see cref="GlossaryTerm"/>.</summary>
internal static class GlossaryReader
{
    public static GlossaryTerm? Read(FrontMatterDocument document, DiagnosticBag diagnostics, SiteConfig? config = null)
    {
        if (document.Yaml is not { } yaml)
        {
            diagnostics.Error(document.Start, DiagnosticCodes.MissingFrontMatter,
                "glossary file has no front matter: start it with '---', then term and short, then '---'");
            return null;
        }
        var fields = new FieldReader(document, yaml, diagnostics);
        var term = fields.String("term", required: true);
        var aliases = fields.Items("aliases");
        var hasShort = fields.KeyLocation("short") is not null;
        var shortText = fields.String("short");
        var caseSensitive = fields.Bool("case_sensitive");
        var language = ContentLanguage.Read(fields, config, diagnostics);
        var slug = ArticleReader.ReadSlug(fields, language.SlugPath, diagnostics);
        var parameters = fields.Params();
        fields.ReportUnknownKeys();

        if (!hasShort)
        {
            diagnostics.Error(fields.Location, DiagnosticCodes.MissingKey, "missing required key 'short'");
            return null;
        }
        if (string.IsNullOrWhiteSpace(shortText))
        {
            diagnostics.Error(fields.ValueLocation("short"), DiagnosticCodes.EmptyGlossaryShort,
                "'short' must be a one-sentence definition, not empty");
            return null;
        }
        if (term is null || slug is null) return null;
        return new GlossaryTerm(document.File.RelativePath, fields.KeyLocation("term")?.Line ?? 1, slug, term, aliases.Select(a => a.Value).ToList(),
            shortText, caseSensitive, document.Body, document.BodyLine)
        {
            AliasLines = aliases.Select(a => a.At.Line).ToList(), Params = parameters,
            Lang = language.Lang, TranslationKey = language.TranslationKey ?? slug, TranslationKeyAt = language.TranslationKeyAt,
        };
    }
}
