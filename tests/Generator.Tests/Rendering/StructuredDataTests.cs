using System.Text.Json;
using Generator.Tests.Support;

namespace Generator.Tests.Rendering;

public class StructuredDataTests
{
    private static IEnumerable<JsonElement> JsonLd(string html)
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            var root = JsonDocument.Parse(script.TextContent).RootElement;
            if (root.ValueKind == JsonValueKind.Array) foreach (var item in root.EnumerateArray()) yield return item;
            else yield return root;
        }
    }

    [Fact]
    public void Post_carries_news_article_and_faq_page_json_ld()
    {
        using var site = new TestSite();
        site.Post("2026-04-20-deal.md", "The </script> deal", extra: "tags: [AWS]\nsummary: S\nfaq:\n  - q: Why?\n    a: Because.");
        site.Build();
        var items = JsonLd(site.ReadOutput("posts/deal/index.html")).ToList();
        var article = items.Single(i => i.GetProperty("@type").GetString() == "NewsArticle");
        article.GetProperty("headline").GetString().ShouldBe("The </script> deal");
        article.GetProperty("author").GetProperty("name").GetString().ShouldBe("Ana Example");
        article.GetProperty("publisher").GetProperty("name").GetString().ShouldBe("Test News");
        article.GetProperty("datePublished").GetString().ShouldBe("2026-04-20T00:00:00+00:00");
        article.GetProperty("keywords")[0].GetString().ShouldBe("AWS");
        var faq = items.Single(i => i.GetProperty("@type").GetString() == "FAQPage");
        faq.GetProperty("mainEntity")[0].GetProperty("acceptedAnswer").GetProperty("text").GetString().ShouldBe("Because.");
    }

    [Fact]
    public void Every_json_ld_block_in_the_example_site_parses()
    {
        foreach (var file in ExampleSite.ExampleSiteApprovalTests.Files.Where(f => f.Path.EndsWith(".html")))
            Should.NotThrow(() => JsonLd(file.Content).ToList(), $"in {file.Path}");
    }

    [Fact]
    public void Tag_page_carries_a_breadcrumb_list()
    {
        using var site = new TestSite();
        site.Post("2026-04-20-deal.md", "Deal", extra: "tags: [\"Kimi K2.6\"]");
        site.Build();
        var crumbs = JsonLd(site.ReadOutput("tags/kimi-k2-6/index.html")).Single();
        crumbs.GetProperty("@type").GetString().ShouldBe("BreadcrumbList");
        crumbs.GetProperty("itemListElement").EnumerateArray().Select(e => e.GetProperty("name").GetString())
            .ShouldBe(["Test News", "Tags", "Kimi K2.6"]);
        crumbs.GetProperty("itemListElement")[2].GetProperty("item").GetString().ShouldBe("https://example.github.io/ai-news/tags/kimi-k2-6/");
    }
}
