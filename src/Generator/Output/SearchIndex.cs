using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using System.Text.Json;
using Generator.Markdown;
using Generator.Rendering;
using Generator.Site;

namespace Generator.Output;

/// <summary>One post in the search index. Keys are one letter because the index is downloaded whole by every searcher.</summary>
internal sealed record SearchEntry(
    [property: JsonPropertyName("t")] string Title,
    [property: JsonPropertyName("u")] string Url,
    [property: JsonPropertyName("d")] string Date,
    [property: JsonPropertyName("s")] string? Summary,
    [property: JsonPropertyName("c")] string? Category,
    [property: JsonPropertyName("g")] IReadOnlyList<string>? Tags,
    [property: JsonPropertyName("k")] IReadOnlyList<string>? Terms,
    [property: JsonPropertyName("x")] string? Excerpt)
{
    /// <summary>The CJK bigrams of the whole body (see <see cref="CjkTokens"/>), space-separated; null for a post without CJK text.</summary>
    [JsonPropertyName("b")]
    public string? Bigrams { get; init; }
}

/// <summary>
/// /search-index.json: what templates/assets/search.js searches, newest post first. Title, summary, tags, category,
/// linked glossary terms and the opening of the body as plain text; empty fields are left out to keep it small.
/// Chinese and Japanese bodies are also indexed whole, as character bigrams (<see cref="CjkTokens"/>), since their
/// words cannot be told apart by spaces. Each language has its own index (/zh/search-index.json).
/// Every searcher downloads the whole file, so on a site of more than <see cref="ExcerptsForEveryPostUpTo"/> posts
/// only posts without a summary get an excerpt (results show the summary where there is one): a 10,000-post index
/// stays under 5 MB, and the build skips parsing thousands of posts' HTML for text nobody sees.
/// </summary>
internal static class SearchIndex
{
    public const int ExcerptLength = 300;
    public const int ExcerptsForEveryPostUpTo = 1_000;

    private static readonly JsonSerializerOptions Options = OutputJson.With(new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // Served as a JSON file, never inlined into HTML, so only JSON's own escapes are needed (smaller, readable).
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static OutputFile Write(SiteModel site) => Write(site, ExcerptsForEveryPostUpTo);

    internal static OutputFile Write(SiteModel site, int excerptsForEveryPostUpTo)
    {
        var termNames = TermNames(site);
        var entries = new SearchEntry[site.Posts.Count];
        var everyExcerpt = site.Posts.Count <= excerptsForEveryPostUpTo;
        Parallel.For(0, entries.Length, i => entries[i] = Entry(site, termNames, site.Posts[i], everyExcerpt));
        return new OutputFile(site.Urls.OutputPath(site.Urls.SearchIndex), OutputJson.Serialize(entries, Options) + "\n");
    }

    /// <summary>
    /// serve, after one post's body was edited: the index <paramref name="previous"/> (written for
    /// <paramref name="before"/>'s site) with that post's entry replaced by <paramref name="after"/>'s in
    /// <paramref name="site"/>, where nothing but edited posts changed. Only the two entries are made: the array is its
    /// entries' JSON joined by commas, and an entry's JSON occurs once, since its URL does and strings escape quotes.
    /// Null when the old entry is not found as expected; the caller then writes the index anew.
    /// </summary>
    public static OutputFile? WithEntryReplaced(OutputFile previous, SiteModel beforeSite, RenderedArticle before, SiteModel site, RenderedArticle after)
    {
        // Body edits leave the glossary's terms as they were: one map of their names serves both sites.
        var termNames = TermNames(site);
        string Json(SiteModel model, RenderedArticle post) =>
            OutputJson.Serialize(Entry(model, termNames, post, model.Posts.Count <= ExcerptsForEveryPostUpTo), Options);
        var (old, replacement) = (Json(beforeSite, before), Json(site, after));
        if (old == replacement) return previous;
        var at = previous.Content.IndexOf(old, StringComparison.Ordinal);
        if (at < 0 || previous.Content.IndexOf(old, at + 1, StringComparison.Ordinal) >= 0) return null;
        return previous with { Content = string.Concat(previous.Content.AsSpan(0, at), replacement, previous.Content.AsSpan(at + old.Length)) };
    }

    /// <summary>Each glossary term's name by slug, for the entries' linked terms.</summary>
    private static Dictionary<string, string> TermNames(SiteModel site) =>
        site.Terms.ToDictionary(t => t.Term.Slug, t => t.Term.Term, StringComparer.Ordinal);

    public static IReadOnlyList<SearchEntry> Read(string json) => OutputJson.Deserialize<SearchEntry[]>(json, Options) ?? [];

    private static SearchEntry Entry(SiteModel site, Dictionary<string, string> termNames, RenderedArticle post, bool excerpt)
    {
        var article = post.Article;
        var category = article.CategoryId is { } id && site.CategoriesById.TryGetValue(id, out var c) ? c.Name : null;
        var tags = article.Tags.Distinct(StringComparer.Ordinal).Where(site.TagSlugs.ContainsKey).ToList();
        var terms = post.LinkedTermSlugs.Where(termNames.ContainsKey).Select(s => termNames[s]).Distinct().ToList();
        var summary = string.IsNullOrWhiteSpace(article.Summary) ? null : article.Summary;
        return new SearchEntry(article.Title, site.Urls.Post(article.Slug), article.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            summary, category, tags.Count == 0 ? null : tags, terms.Count == 0 ? null : terms,
            excerpt || summary is null ? PlainText.Excerpt(post.Content.Html, ExcerptLength) : null)
        {
            Bigrams = CjkTokens.Any(post.Content.Html) ? CjkTokens.Joined(PlainText.All(post.Content.Html)) : null,
        };
    }
}
