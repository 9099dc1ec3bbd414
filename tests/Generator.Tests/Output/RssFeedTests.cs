using System.Globalization;
using System.Xml.Linq;
using Generator.Tests.Support;

namespace Generator.Tests.Output;

public class RssFeedTests
{
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private static readonly Lazy<XDocument> Rss = new(() =>
    {
        using var site = NewsSite.Create();
        return XDocument.Parse(site.Build(write: false).Files.Single(f => f.Path == "rss.xml").Content);
    });

    private static XElement Channel => Rss.Value.Root!.Element("channel")!;

    [Fact]
    public void Is_rss_2_with_a_channel_title_link_and_description()
    {
        Rss.Value.Root!.Name.LocalName.ShouldBe("rss");
        Rss.Value.Root.Attribute("version")!.Value.ShouldBe("2.0");
        Channel.Element("title")!.Value.ShouldBe("Test News");
        Channel.Element("link")!.Value.ShouldBe("https://example.github.io/ai-news/");
        Channel.Element("description")!.Value.ShouldBe("A test site.");
        Channel.Element(Atom + "link")!.Attribute("href")!.Value.ShouldBe("https://example.github.io/ai-news/rss.xml");
    }

    [Fact]
    public void Dates_are_rfc_822()
    {
        Channel.Element("lastBuildDate")!.Value.ShouldBe("Thu, 02 Apr 2026 06:30:00 GMT");
        foreach (var date in Channel.Elements("item").Select(i => i.Element("pubDate")!.Value))
            DateTimeOffset.TryParseExact(date, "r", CultureInfo.InvariantCulture, DateTimeStyles.None, out _).ShouldBeTrue(date);
    }

    [Fact]
    public void Items_carry_link_guid_author_categories_and_full_content()
    {
        var items = Channel.Elements("item").ToList();
        items.Count.ShouldBe(20);
        var newest = items[0];
        newest.Element("title")!.Value.ShouldBe("Post 25");
        newest.Element("link")!.Value.ShouldBe("https://example.github.io/ai-news/posts/post-25/");
        newest.Element("guid")!.Attribute("isPermaLink")!.Value.ShouldBe("true");
        newest.Element(Dc + "creator")!.Value.ShouldBe("Ana Example");
        newest.Element("description")!.Value.ShouldBe("Summary of post 25 &amp; more.");
        var content = newest.Element(Content + "encoded")!.Value;
        content.ShouldContain("https://example.github.io/ai-news/glossary/gpu/");
        FeedAssertions.HasNoRelativeUrls(content);
        items[1].Elements("category").Select(c => c.Value).ShouldBe(["Tech Frontline", "Kimi K2.6"]);
    }
}
