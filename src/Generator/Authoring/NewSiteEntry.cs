using System.Text;
using Generator.Content;

namespace Generator.Authoring;

/// <summary>What <c>new author</c> and <c>new category</c> add: the list in site.yml, its entry's keys and the id's use.</summary>
internal sealed record SiteEntryKind(string Noun, string ListKey, string DetailKey, Func<SiteConfig, IEnumerable<string>> Ids, string PostKey)
{
    public static readonly SiteEntryKind Author = new("author", "authors", "bio", c => c.Authors.Select(a => a.Id), "author");

    public static readonly SiteEntryKind Category = new("category", "categories", "description", c => c.Categories.Select(a => a.Id), "category");
}

/// <summary>
/// <c>new author ID --name N [--bio B]</c> and <c>new category ID --name N [--description D]</c>: validate the id, then
/// insert the entry into site.yml as text (<see cref="SiteYmlList"/>), keeping the rest of the file byte for byte.
/// </summary>
internal static class NewSiteEntry
{
    public static NewContentResult Create(string siteRoot, SiteEntryKind kind, string id, string name, string? detail, DiagnosticBag diagnostics)
    {
        var config = SiteConfigReader.Read(siteRoot, null, diagnostics);
        if (config is null || diagnostics.HasErrors) return NewContentResult.Conflict($"{SiteConfigReader.FileName} has errors; fix them first");
        var ids = kind.Ids(config).ToList();

        var problems = new List<string>();
        var slug = Slug.From(id);
        if (slug.Length == 0) problems.Add($"{kind.Noun} id '{id}' has no letters or digits");
        else if (slug != id) problems.Add($"{kind.Noun} id '{id}' must be lower case, with '-' between words: use '{slug}'");
        else if (Slug.IsTooLong(id)) problems.Add(Slug.TooLongMessage($"{kind.Noun} id", id));
        if (string.IsNullOrWhiteSpace(name)) problems.Add("--name must not be empty");
        if (problems.Count > 0) return NewContentResult.Usage([.. problems]);
        if (ids.Contains(id)) return NewContentResult.Conflict($"{kind.Noun} '{id}' already exists in {SiteConfigReader.FileName}; it was left as it is");

        var path = Path.Combine(siteRoot, SiteConfigReader.FileName);
        var (text, crlf, bom) = Read(path);
        var fields = new List<(string, string)> { ("id", id), ("name", name.Trim()) };
        if (!string.IsNullOrWhiteSpace(detail)) fields.Add((kind.DetailKey, detail.Trim()));
        var (insertion, problem) = SiteYmlList.Add(text, kind.ListKey, fields);
        if (insertion is null) return NewContentResult.Conflict(problem!);
        if (!ReadsBack(insertion.Text, kind, id))
            return NewContentResult.Conflict($"adding the {kind.Noun} would make {SiteConfigReader.FileName} invalid; add it by hand");

        if (FileReplacement.Replace(siteRoot, path, Encode(insertion.Text, crlf, bom)) is { } failure)
            return NewContentResult.Conflict($"cannot change {SiteConfigReader.FileName}: {failure}; {SiteConfigReader.FileName} was left as it was");
        var notes = new List<string> { $"posts use it as '{kind.PostKey}: {id}'" };
        if (DidYouMean.Suggest(id, ids) is { } close)
            notes.Add($"there is also a {kind.Noun} '{close}'; if you meant that one, remove the new entry and use '{close}'");
        return NewContentResult.Created(SiteConfigReader.FileName, [.. notes]) with
        {
            Headline = $"Added {kind.Noun} '{id}' to {SiteConfigReader.FileName} (line {insertion.Line})",
        };
    }

    /// <summary>The edited text must read back as a valid site.yml with the new entry last in its list.</summary>
    private static bool ReadsBack(string text, SiteEntryKind kind, string id)
    {
        var check = new DiagnosticBag();
        var document = FrontMatterDocument.ParsePlainYaml(new SourceFile(SiteConfigReader.FileName, text), check);
        if (document?.Yaml is not { } yaml || check.HasErrors) return false;
        var fields = new FieldReader(document, yaml, check);
        var entries = fields.ObjectList(kind.ListKey, f => f.String("id"));
        return entries.Count > 0 && entries[^1] == id && !check.HasErrors;
    }

    private static (string Text, bool Crlf, bool Bom) Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var bom = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]);
        var raw = Encoding.UTF8.GetString(bytes, bom ? 3 : 0, bytes.Length - (bom ? 3 : 0));
        return (raw.Replace("\r\n", "\n"), raw.Contains("\r\n"), bom);
    }

    /// <summary>The file's own line endings and byte-order mark, kept.</summary>
    private static byte[] Encode(string text, bool crlf, bool bom)
    {
        var encoded = Encoding.UTF8.GetBytes(crlf ? text.Replace("\n", "\r\n") : text);
        return bom ? [0xEF, 0xBB, 0xBF, .. encoded] : encoded;
    }
}
