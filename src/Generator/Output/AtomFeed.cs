using System.Xml;

namespace Generator.Output;

/// <summary>An Atom 1.0 feed (RFC 4287): the site's main feed and the feed of every tag and category.</summary>
internal static class AtomFeed
{
    public const string Namespace = "http://www.w3.org/2005/Atom";

    public const string MediaType = "application/atom+xml";

    public static string Write(FeedChannel channel) => XmlText.Write(xml =>
    {
        xml.WriteStartDocument();
        xml.WriteStartElement("feed", Namespace);
        xml.WriteAttributeString("xml", "lang", null, channel.Language);
        xml.WriteElementString("id", Namespace, channel.FeedUrl);
        Text(xml, "title", channel.Title);
        Text(xml, "subtitle", channel.Description);
        Link(xml, "self", MediaType, channel.FeedUrl);
        Link(xml, "alternate", "text/html", channel.PageUrl);
        xml.WriteElementString("updated", Namespace, FeedDates.Rfc3339(channel.Updated));
        foreach (var item in channel.Items) Entry(xml, item);
        xml.WriteEndElement();
        xml.WriteEndDocument();
    });

    private static void Entry(XmlWriter xml, FeedItem item)
    {
        xml.WriteStartElement("entry", Namespace);
        xml.WriteElementString("id", Namespace, item.Id);
        Text(xml, "title", item.Title);
        Link(xml, "alternate", "text/html", item.Url);
        if (item.Image is { } image) Link(xml, "enclosure", image.MediaType, image.Url);
        xml.WriteElementString("published", Namespace, FeedDates.Rfc3339(item.Published));
        xml.WriteElementString("updated", Namespace, FeedDates.Rfc3339(item.Updated));
        xml.WriteStartElement("author", Namespace);
        xml.WriteElementString("name", Namespace, item.Author.Name);
        xml.WriteElementString("uri", Namespace, item.Author.Url);
        xml.WriteEndElement();
        foreach (var category in item.Categories)
        {
            xml.WriteStartElement("category", Namespace);
            xml.WriteAttributeString("term", category);
            xml.WriteEndElement();
        }
        if (item.Summary is { } summary) Text(xml, "summary", summary);
        // type="html": the content is HTML carried as escaped text, which XmlWriter escapes for us.
        xml.WriteStartElement("content", Namespace);
        xml.WriteAttributeString("type", "html");
        xml.WriteString(item.ContentHtml);
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Text(XmlWriter xml, string name, string value)
    {
        xml.WriteStartElement(name, Namespace);
        xml.WriteAttributeString("type", "text");
        xml.WriteString(value);
        xml.WriteEndElement();
    }

    private static void Link(XmlWriter xml, string rel, string type, string href)
    {
        xml.WriteStartElement("link", Namespace);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }
}
