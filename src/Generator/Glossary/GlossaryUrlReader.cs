namespace Generator.Glossary;

/// <summary>
/// Recognises links authors wrote to a term page (<c>[GPU](/glossary/gpu/)</c>): they count as that term's link, so
/// the linker does not link it a second time and the post still shows up in the term's backlinks.
/// </summary>
/// On a language under a folder (/zh/), its term pages are /zh/glossary/x/, so <paramref name="languagePrefix"/> ("zh/")
/// comes between the base path and the glossary folder.
internal sealed class GlossaryUrlReader(string basePath, IReadOnlySet<string> termSlugs, string languagePrefix = "")
{
    private const string Folder = "glossary/";

    /// <summary>The term slug a URL points at, with or without the base path, or null.</summary>
    public string? TermSlugOf(string? url)
    {
        if (string.IsNullOrEmpty(url)) return null;
        string path;
        if (url.StartsWith(basePath, StringComparison.Ordinal)) path = url[basePath.Length..];
        else if (url.Length > 1 && url[0] == '/' && url[1] != '/') path = url[1..];
        else return null;
        if (languagePrefix.Length > 0)
        {
            if (!path.StartsWith(languagePrefix, StringComparison.Ordinal)) return null;
            path = path[languagePrefix.Length..];
        }
        if (!path.StartsWith(Folder, StringComparison.Ordinal)) return null;

        var slug = path[Folder.Length..];
        var end = slug.IndexOfAny(['/', '#', '?']);
        if (end >= 0) slug = slug[..end];
        return termSlugs.Contains(slug) ? slug : null;
    }
}
