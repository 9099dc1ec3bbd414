using Generator.Content;

namespace Generator.Authoring;

/// <summary><c>new term</c>: writes content/glossary/&lt;slug&gt;.md with a placeholder definition that builds.</summary>
internal static class NewTerm
{
    public static NewContentResult Create(string siteRoot, string term, DiagnosticBag diagnostics)
    {
        term = term.Trim();
        var slug = Slug.From(term);
        if (slug.Length == 0) return NewContentResult.Usage($"the term '{term}' has no letters or digits to make a URL from");
        var content = ContentLoader.Load(siteRoot, null, diagnostics);
        // Another file claiming the same spelling would break the build (GEN018).
        if (content?.Terms.FirstOrDefault(t => t.Aliases.Prepend(t.Term).Contains(term, StringComparer.OrdinalIgnoreCase)) is { } existing)
            return NewContentResult.Conflict($"{existing.SourcePath} already defines '{term}'");

        var relative = $"content/glossary/{slug}.md";
        var text = string.Join("\n",
            "---",
            $"term: {NewContentResult.Quote(term)}",
            "# aliases: [\"other spellings\", \"abbreviations\"]",
            $"short: {NewContentResult.Quote($"TODO: explain {term} in one plain-language sentence.")}",
            "---",
            $"Explain {term} for a reader who has never met it: what it is, why it comes up in AI news, and an example.",
            "");
        if (NewContentResult.RefusedToCreate(siteRoot, relative, text) is { } refused) return refused;
        return NewContentResult.Created(relative, "replace the TODO in 'short' before publishing");
    }
}
