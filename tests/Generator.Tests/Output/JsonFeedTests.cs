using System.Text.Json;
using Generator.Tests.Support;

namespace Generator.Tests.Output;

public class JsonFeedTests
{
    private static readonly Lazy<JsonElement> Feed = new(() =>
    {
        using var site = NewsSite.Create();
        return JsonDocument.Parse(site.Build(write: false).Files.Single(f => f.Path == "feed.json").Content).RootElement.Clone();
    });

    private static List<JsonElement> Items => Feed.Value.GetProperty("items").EnumerateArray().ToList();

    [Fact]
    public void Declares_json_feed_1_1_with_its_own_and_home_page_urls()
    {
        Feed.Value.GetProperty("version").GetString().ShouldBe("https://jsonfeed.org/version/1.1");
        Feed.Value.GetProperty("title").GetString().ShouldBe("Test News");
        Feed.Value.GetProperty("home_page_url").GetString().ShouldBe("https://example.github.io/ai-news/");
        Feed.Value.GetProperty("feed_url").GetString().ShouldBe("https://example.github.io/ai-news/feed.json");
    }

    [Fact]
    public void Items_have_id_url_content_html_and_rfc3339_dates()
    {
        Items.Count.ShouldBe(20);
        foreach (var item in Items)
        {
            item.GetProperty("id").GetString().ShouldNotBeNullOrEmpty();
            item.GetProperty("url").GetString()!.ShouldStartWith("https://example.github.io/ai-news/posts/");
            item.GetProperty("content_html").GetString().ShouldNotBeNullOrEmpty();
            DateTimeOffset.Parse(item.GetProperty("date_published").GetString()!).ShouldBeGreaterThan(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero));
        }
        var newest = Items[0];
        newest.GetProperty("date_published").GetString().ShouldBe("2026-03-25T00:00:00+00:00");
        newest.GetProperty("date_modified").GetString().ShouldBe("2026-04-02T08:30:00+02:00");
        newest.GetProperty("authors")[0].GetProperty("name").GetString().ShouldBe("Ana Example");
        newest.GetProperty("summary").GetString().ShouldBe("Summary of post 25 & more.");
        FeedAssertions.HasNoRelativeUrls(newest.GetProperty("content_html").GetString()!);
    }

    [Fact]
    public void Tags_list_the_category_and_the_tags()
    {
        var item = Items.First(i => i.GetProperty("title").GetString() == "Post 24");
        item.GetProperty("tags").EnumerateArray().Select(t => t.GetString()).ShouldBe(["Tech Frontline", "Kimi K2.6"]);
        Items.First(i => i.GetProperty("title").GetString() == "Post 25").TryGetProperty("tags", out _).ShouldBeFalse();
    }
}
