using System.Xml.Linq;
using Generator.Output;
using Generator.Tests.Support;

namespace Generator.Tests.Output;

public class AtomFeedTests
{
    private static readonly XNamespace Atom = AtomFeed.Namespace;

    private static readonly Lazy<Dictionary<string, string>> Files = new(() =>
    {
        using var site = NewsSite.Create();
        var result = site.Build(write: false);
        TestSite.Errors(result).ShouldBeEmpty();
        return result.Files.ToDictionary(f => f.Path, f => f.Content);
    });

    private static XDocument Feed(string path) => XDocument.Parse(Files.Value[path]);

    private static List<XElement> Entries(string path) => Feed(path).Root!.Elements(Atom + "entry").ToList();

    [Fact]
    public void Site_feed_is_an_atom_feed_with_the_required_elements()
    {
        var feed = Feed("feed.xml").Root!;
        feed.Name.ShouldBe(Atom + "feed");
        feed.Element(Atom + "id")!.Value.ShouldBe("https://example.github.io/ai-news/feed.xml");
        feed.Element(Atom + "title")!.Value.ShouldBe("Test News");
        feed.Element(Atom + "updated")!.Value.ShouldBe("2026-04-02T08:30:00+02:00");
        var self = feed.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self");
        self.Attribute("href")!.Value.ShouldBe("https://example.github.io/ai-news/feed.xml");
        feed.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "alternate")
            .Attribute("href")!.Value.ShouldBe("https://example.github.io/ai-news/");
    }

    [Fact]
    public void Site_feed_holds_the_latest_twenty_posts_newest_first()
    {
        var titles = Entries("feed.xml").Select(e => e.Element(Atom + "title")!.Value).ToList();
        titles.Count.ShouldBe(FeedWriter.ItemLimit);
        titles[0].ShouldBe("Post 25");
        titles[^1].ShouldBe("Post 6");
    }

    [Fact]
    public void Entry_has_absolute_link_author_categories_and_rfc3339_times()
    {
        var entry = Entries("feed.xml").First(e => e.Element(Atom + "title")!.Value == "Post 24");
        entry.Element(Atom + "id")!.Value.ShouldBe("https://example.github.io/ai-news/posts/post-24/");
        entry.Element(Atom + "link")!.Attribute("href")!.Value.ShouldBe("https://example.github.io/ai-news/posts/post-24/");
        entry.Element(Atom + "author")!.Element(Atom + "name")!.Value.ShouldBe("Ben Example");
        entry.Elements(Atom + "category").Select(c => c.Attribute("term")!.Value).ShouldBe(["Tech Frontline", "Kimi K2.6"]);
        entry.Element(Atom + "published")!.Value.ShouldBe("2026-03-24T00:00:00+00:00");
        entry.Element(Atom + "updated")!.Value.ShouldBe("2026-03-24T00:00:00+00:00");
        entry.Element(Atom + "summary")!.Value.ShouldBe("Summary of post 24 & more.");
    }

    [Fact]
    public void Updated_post_keeps_its_published_time_and_shows_its_update()
    {
        var entry = Entries("feed.xml")[0];
        entry.Element(Atom + "published")!.Value.ShouldBe("2026-03-25T00:00:00+00:00");
        entry.Element(Atom + "updated")!.Value.ShouldBe("2026-04-02T08:30:00+02:00");
    }

    [Fact]
    public void Entry_content_is_the_full_article_as_html_with_absolute_links()
    {
        var content = Entries("feed.xml")[0].Element(Atom + "content")!;
        content.Attribute("type")!.Value.ShouldBe("html");
        content.Value.ShouldContain("<a href=\"https://example.github.io/ai-news/posts/post-1/\">the deal</a>");
        content.Value.ShouldContain("src=\"https://example.github.io/ai-news/images/chart.png\"");
        FeedAssertions.HasNoRelativeUrls(content.Value);
    }

    [Fact]
    public void Tag_feed_holds_only_that_tags_posts()
    {
        var entries = Entries("tags/kimi-k2-6/feed.xml");
        var numbers = entries.Select(e => int.Parse(e.Element(Atom + "title")!.Value["Post ".Length..])).ToList();
        numbers.Count.ShouldBe(12);
        numbers.ShouldAllBe(n => n % 2 == 0);
        Feed("tags/kimi-k2-6/feed.xml").Root!.Element(Atom + "id")!.Value
            .ShouldBe("https://example.github.io/ai-news/tags/kimi-k2-6/feed.xml");
        Feed("tags/kimi-k2-6/feed.xml").Root!.Element(Atom + "title")!.Value.ShouldBe("Kimi K2.6 · Test News");
    }

    [Fact]
    public void Category_feed_holds_only_that_categorys_posts()
    {
        var numbers = Entries("categories/tech/feed.xml").Select(e => int.Parse(e.Element(Atom + "title")!.Value["Post ".Length..])).ToList();
        numbers.ShouldBe([24, 21, 18, 15, 12, 9, 6, 3]);
    }

    [Fact]
    public void A_category_without_posts_gets_no_feed() => Files.Value.ShouldNotContainKey("categories/policy/feed.xml");

    [Fact]
    public void Declares_utf8_as_written() => Files.Value["feed.xml"].ShouldStartWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>");
}
