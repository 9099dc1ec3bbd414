using System.Globalization;
using Generator.Site;

namespace Generator.Output;

/// <summary>
/// One post as every feed format sees it: absolute URLs everywhere (feed readers have no page to resolve against),
/// plain-text title and summary, and the full rendered article with its links made absolute.
/// </summary>
internal sealed record FeedItem(
    string Id,
    string Url,
    string Title,
    string? Summary,
    string ContentHtml,
    FeedAuthor Author,
    IReadOnlyList<string> Categories,
    DateTimeOffset Published,
    DateTimeOffset Updated)
{
    /// <summary>The image the post shares (its raster image, else its social card; <see cref="SocialCards"/>), absolute;
    /// feeds carry it as RSS media:content, an Atom enclosure link and JSON Feed's <c>image</c>.</summary>
    public SocialImage? Image { get; init; }
}

internal sealed record FeedAuthor(string Name, string Url)
{
    /// <summary>The absolute URL of the author's photo (<c>avatar:</c>), for JSON Feed; null without one.</summary>
    public string? Avatar { get; init; }
}

/// <summary>
/// One feed, whatever its format: the page it follows (<see cref="PageUrl"/>), its own address and its items,
/// newest first. URLs are absolute.
/// </summary>
internal sealed record FeedChannel(
    string Title,
    string Description,
    string Language,
    string PageUrl,
    string FeedUrl,
    IReadOnlyList<FeedItem> Items)
{
    /// <summary>
    /// When the newest item last changed. A feed with no items falls back to the Unix epoch rather than the clock,
    /// so two builds of the same content give the same bytes.
    /// </summary>
    public DateTimeOffset Updated => Items.Count == 0 ? DateTimeOffset.UnixEpoch : Items.Max(i => i.Updated);
}

/// <summary>The two date formats feeds use.</summary>
internal static class FeedDates
{
    /// <summary>RFC 3339, for Atom, JSON Feed and sitemaps: 2026-04-21T09:30:00+02:00.</summary>
    public static string Rfc3339(DateTimeOffset date) => date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>RFC 822 (with a four-digit year, as RSS 2.0 asks), in GMT: Tue, 21 Apr 2026 07:30:00 GMT.</summary>
    public static string Rfc822(DateTimeOffset date) => date.ToUniversalTime().ToString("r", CultureInfo.InvariantCulture);
}
