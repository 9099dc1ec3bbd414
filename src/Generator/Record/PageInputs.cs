namespace Generator.Record;

/// <summary>
/// What one page was made from: the names of its inputs (theme files, <see cref="InputNames.Strings"/>,
/// <see cref="InputNames.Assets"/>, <see cref="InputNames.BasePath"/>, the content files it shows) and a key over their
/// hashes and the hash of everything the page's template sees (its model and meta, <see cref="InputNames.View"/>).
/// Equal keys render equal pages; the names say which input made a key differ (<see cref="StaleReasons"/>).
/// </summary>
/// <param name="Parts">Input names, sorted, each once; their hashes are the build's (<see cref="InputHashes"/>).</param>
/// <param name="Own">The content files whose whole content the page shows (its post, term or page).</param>
internal sealed record PageInputs(string Url, string Key, IReadOnlyList<string> Parts, IReadOnlyList<string> Own);

/// <summary>The names of the inputs every page has, beside its theme files and content files.</summary>
internal static class InputNames
{
    /// <summary>The interface strings of <c>templates/i18n/</c>: helpers write them into any template.</summary>
    public const string Strings = "templates/i18n/";

    /// <summary>The hashed names of the theme's assets, which any template may link.</summary>
    public const string Assets = "templates/assets/";

    /// <summary>Where the site lives (the base URL's path), which every link starts with.</summary>
    public const string BasePath = "site.yml:base_url";

    /// <summary>The page's model and meta: every value its template can read, however it was derived (site.yml's
    /// sections, glossary links, pagination, related reading).</summary>
    public const string View = "view";
}
