using System.Net;
using System.Xml;

namespace Generator.Output;

/// <summary>
/// The RSS 2.0 feed. RSS has no element for an item's author name or its full content, so the usual extensions carry
/// them: dc:creator, content:encoded; atom:link names the feed's own address and atom:updated an item's last change;
/// an item's image is Media RSS's media:content (an enclosure would need the file's length, unknown before the card is
/// drawn).
/// </summary>
internal static class RssFeed
{
    public const string MediaType = "application/rss+xml";

    private const string Dc = "http://purl.org/dc/elements/1.1/";
    private const string Content = "http://purl.org/rss/1.0/modules/content/";
    private const string Media = "http://search.yahoo.com/mrss/";

    public static string Write(FeedChannel channel) => XmlText.Write(xml =>
    {
        xml.WriteStartDocument();
        xml.WriteStartElement("rss");
        xml.WriteAttributeString("version", "2.0");
        xml.WriteAttributeString("xmlns", "atom", null, AtomFeed.Namespace);
        xml.WriteAttributeString("xmlns", "dc", null, Dc);
        xml.WriteAttributeString("xmlns", "content", null, Content);
        xml.WriteAttributeString("xmlns", "media", null, Media);
        xml.WriteStartElement("channel");
        xml.WriteElementString("title", channel.Title);
        xml.WriteElementString("link", channel.PageUrl);
        xml.WriteElementString("description", channel.Description);
        xml.WriteElementString("language", channel.Language);
        xml.WriteElementString("lastBuildDate", FeedDates.Rfc822(channel.Updated));
        xml.WriteStartElement("link", AtomFeed.Namespace);
        xml.WriteAttributeString("href", channel.FeedUrl);
        xml.WriteAttributeString("rel", "self");
        xml.WriteAttributeString("type", MediaType);
        xml.WriteEndElement();
        foreach (var item in channel.Items) Item(xml, item);
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    });

    private static void Item(XmlWriter xml, FeedItem item)
    {
        xml.WriteStartElement("item");
        xml.WriteElementString("title", item.Title);
        xml.WriteElementString("link", item.Url);
        xml.WriteStartElement("guid");
        xml.WriteAttributeString("isPermaLink", "true");
        xml.WriteString(item.Id);
        xml.WriteEndElement();
        xml.WriteElementString("pubDate", FeedDates.Rfc822(item.Published));
        xml.WriteElementString("updated", AtomFeed.Namespace, FeedDates.Rfc3339(item.Updated));
        xml.WriteElementString("creator", Dc, item.Author.Name);
        foreach (var category in item.Categories) xml.WriteElementString("category", category);
        // Readers that ignore content:encoded show the description, so it gets the summary, or the full text if there is
        // none. A description is HTML, so the plain-text summary is HTML-encoded first.
        xml.WriteElementString("description", item.Summary is { } summary ? WebUtility.HtmlEncode(summary) : item.ContentHtml);
        xml.WriteElementString("encoded", Content, item.ContentHtml);
        if (item.Image is { } image)
        {
            xml.WriteStartElement("content", Media);
            xml.WriteAttributeString("url", image.Url);
            xml.WriteAttributeString("medium", "image");
            xml.WriteAttributeString("type", image.MediaType);
            if (image.Width is { } width && image.Height is { } height)
            {
                xml.WriteAttributeString("width", width.ToString(System.Globalization.CultureInfo.InvariantCulture));
                xml.WriteAttributeString("height", height.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }
}
