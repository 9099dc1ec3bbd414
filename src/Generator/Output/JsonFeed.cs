using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Generator.Output;

/// <summary>JSON Feed 1.1 (https://jsonfeed.org/version/1.1), written with System.Text.Json from the records below.</summary>
internal static class JsonFeed
{
    public const string Version = "https://jsonfeed.org/version/1.1";

    public const string MediaType = "application/feed+json";

    private static readonly JsonSerializerOptions Options = OutputJson.With(new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        // The file is served as JSON, never inlined into a <script>, so HTML-sensitive characters need no \u escapes;
        // leaving them readable keeps content_html about a sixth smaller.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static string Write(FeedChannel channel)
    {
        var document = new Document(Version, channel.Title, channel.PageUrl, channel.FeedUrl, channel.Description,
            channel.Language, channel.Items.Select(ToItem).ToList());
        return OutputJson.Serialize(document, Options) + "\n";
    }

    private static Item ToItem(FeedItem item) => new(item.Id, item.Url, item.Title, item.ContentHtml, item.Summary,
        FeedDates.Rfc3339(item.Published), FeedDates.Rfc3339(item.Updated), [new Author(item.Author.Name, item.Author.Url, item.Author.Avatar)],
        item.Categories.Count == 0 ? null : item.Categories, item.Image?.Url);

    internal sealed record Document(string Version, string Title, string HomePageUrl, string FeedUrl, string Description,
        string Language, IReadOnlyList<Item> Items);

    internal sealed record Item(string Id, string Url, string Title, string ContentHtml, string? Summary,
        string DatePublished, string DateModified, IReadOnlyList<Author> Authors, IReadOnlyList<string>? Tags,
        string? Image);

    /// <summary>JSON Feed 1.1's author; <c>avatar</c> is the author's photo (site.yml's <c>avatar:</c>), left out without one.</summary>
    internal sealed record Author(string Name, string Url, string? Avatar);
}
