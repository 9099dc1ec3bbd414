using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using System.Text.Json;
using Generator.Markdown;
using Generator.Rendering;
using Generator.Site;

namespace Generator.Output;

/// <summary>A tag or category a reader can follow: its name and page.</summary>
internal sealed record FollowTopic([property: JsonPropertyName("n")] string Name, [property: JsonPropertyName("u")] string Url);

/// <summary>One recent post, as the "For you" cards show it. One-letter keys: every home page visit may load this.</summary>
internal sealed record FollowEntry(
    [property: JsonPropertyName("t")] string Title,
    [property: JsonPropertyName("u")] string Url,
    [property: JsonPropertyName("d")] string Date,
    [property: JsonPropertyName("i")] string Iso,
    [property: JsonPropertyName("a")] string Author,
    [property: JsonPropertyName("r")] string ReadingTime,
    [property: JsonPropertyName("s")] string? Summary,
    [property: JsonPropertyName("k")] IReadOnlyList<string> Keys);

internal sealed record FollowIndexFile(
    [property: JsonPropertyName("topics")] IReadOnlyDictionary<string, FollowTopic> Topics,
    [property: JsonPropertyName("posts")] IReadOnlyList<FollowEntry> Posts);

/// <summary>
/// /follow-index.json (and /zh/follow-index.json for each other language: its names, posts and dates, so a reader
/// of the Chinese pages follows Chinese tags and sees Chinese cards): what templates/assets/follow.js needs for "Follow" and "For you": every followable topic
/// (<c>tag:&lt;slug&gt;</c>, <c>category:&lt;id&gt;</c>, the keys of <see cref="FollowView"/>) and the newest
/// <see cref="MaxPosts"/> posts with the topics each belongs to. The search index would fit the job but carries an
/// excerpt of every post; this stays small however large the site grows.
/// </summary>
internal static class FollowIndex
{
    public const int MaxPosts = 200;

    public const string FileName = "follow-index.json";

    private static readonly JsonSerializerOptions Options = OutputJson.With(new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static OutputFile Write(SiteModel site, ViewFactory views)
    {
        var topics = new SortedDictionary<string, FollowTopic>(StringComparer.Ordinal);
        foreach (var category in site.Config.Categories)
            topics["category:" + category.Id] = new FollowTopic(category.Name, site.Urls.Category(category.Id));
        foreach (var tag in site.Tags) topics["tag:" + tag.Slug] = new FollowTopic(tag.Name, site.Urls.Tag(tag.Slug));
        var posts = site.Posts.Take(MaxPosts).Select(p => Entry(site, views, p)).ToList();
        var json = OutputJson.Serialize(new FollowIndexFile(topics, posts), Options);
        return new OutputFile(site.Urls.OutputPath(site.Urls.InLanguage(FileName)), json + "\n");
    }

    public static FollowIndexFile? Read(string json) => OutputJson.Deserialize<FollowIndexFile>(json, Options);

    private static FollowEntry Entry(SiteModel site, ViewFactory views, RenderedArticle post)
    {
        var card = views.Summary(post);
        var keys = new List<string>();
        if (post.Article.CategoryId is { } id && site.CategoriesById.ContainsKey(id)) keys.Add("category:" + id);
        keys.AddRange(post.Article.Tags.Distinct(StringComparer.Ordinal).Where(site.TagSlugs.ContainsKey).Select(t => "tag:" + site.TagSlugs[t]));
        return new FollowEntry(card.Title, card.Url, card.Date.Display, card.Date.Iso, card.Author.Name, card.ReadingTime,
            string.IsNullOrWhiteSpace(card.Summary) ? null : card.Summary, keys);
    }
}
