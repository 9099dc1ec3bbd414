using System.Text.Json;
using System.Text.Json.Nodes;
using Generator.Site;

namespace Generator.Rendering;

/// <summary>
/// schema.org JSON-LD for search engines: NewsArticle (and FAQPage) on posts, BreadcrumbList on list pages.
/// System.Text.Json escapes '&lt;', '&gt;' and '&amp;', so content can never close the surrounding script element.
/// </summary>
public static class StructuredData
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = false };

    public static HtmlString Post(SiteModel site, RenderedArticle post, PostSummaryView view)
    {
        var article = post.Article;
        var url = site.Urls.Absolute(view.Url);
        var news = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "NewsArticle",
            ["headline"] = article.Title,
            ["url"] = url,
            ["mainEntityOfPage"] = url,
            ["datePublished"] = article.Date.ToString("yyyy-MM-ddTHH:mm:sszzz"),
            ["dateModified"] = (article.Updated ?? article.Date).ToString("yyyy-MM-ddTHH:mm:sszzz"),
            ["author"] = new JsonObject { ["@type"] = "Person", ["name"] = view.Author.Name, ["url"] = site.Urls.Absolute(view.Author.Url) },
            ["publisher"] = new JsonObject { ["@type"] = "Organization", ["name"] = site.Config.Title, ["url"] = site.Config.BaseUrl.AbsoluteUri },
            ["keywords"] = new JsonArray([.. article.Tags.Select(t => (JsonNode)JsonValue.Create(t)!)]),
            ["wordCount"] = view.WordCount,
        };
        if (article.Summary is { } summary) news["description"] = summary;
        if (view.Category is { } category) news["articleSection"] = category.Name;
        if (view.Image is { } image) news["image"] = new JsonArray(JsonValue.Create(site.Urls.Absolute(image.Src)));

        var graph = new List<JsonNode> { news };
        if (article.Faq.Count > 0)
        {
            graph.Add(new JsonObject
            {
                ["@context"] = "https://schema.org",
                ["@type"] = "FAQPage",
                ["mainEntity"] = new JsonArray([.. article.Faq.Select(f => (JsonNode)new JsonObject
                {
                    ["@type"] = "Question",
                    ["name"] = f.Question,
                    ["acceptedAnswer"] = new JsonObject { ["@type"] = "Answer", ["text"] = f.Answer },
                })]),
            });
        }
        return new HtmlString(graph.Count == 1 ? news.ToJsonString(Options) : new JsonArray([.. graph]).ToJsonString(Options));
    }

    /// <summary>Home, then each level down to the current page.</summary>
    public static HtmlString Breadcrumbs(SiteModel site, params (string Name, string Url)[] trail)
    {
        var items = new JsonArray();
        var crumbs = new List<(string Name, string Url)> { (site.Config.Title, site.Urls.Home) };
        crumbs.AddRange(trail);
        for (var i = 0; i < crumbs.Count; i++)
        {
            items.Add((JsonNode)new JsonObject
            {
                ["@type"] = "ListItem",
                ["position"] = i + 1,
                ["name"] = crumbs[i].Name,
                ["item"] = site.Urls.Absolute(crumbs[i].Url),
            });
        }
        return new HtmlString(new JsonObject { ["@context"] = "https://schema.org", ["@type"] = "BreadcrumbList", ["itemListElement"] = items }
            .ToJsonString(Options));
    }
}
