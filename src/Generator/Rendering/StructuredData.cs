using System.Text.Json.Nodes;
using System.Text.Json;
using Generator.Markdown;
using Generator.Site;

namespace Generator.Rendering;

/// <summary>
/// schema.org JSON-LD for search engines: NewsArticle (and FAQPage) on posts, WebSite and Organization on the home page,
/// BreadcrumbList on list pages.
/// System.Text.Json escapes '&lt;', '&gt;' and '&amp;', so content can never close the surrounding script element.
/// </summary>
internal static class StructuredData
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = false };

    /// <param name="image">The image the post shares (its raster image, else its card; <see cref="Output.SocialCards"/>).</param>
    public static HtmlString Post(SiteModel site, RenderedArticle post, PostSummaryView view, SocialImage? image)
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
            ["author"] = Person(site, view),
            ["publisher"] = Publisher(site),
            ["keywords"] = new JsonArray([.. article.Tags.Select(t => (JsonNode)JsonValue.Create(t)!)]),
            ["wordCount"] = view.WordCount,
        };
        if (article.Summary is { } summary) news["description"] = summary;
        if (view.Category is { } category) news["articleSection"] = category.Name;
        if (image is not null) news["image"] = new JsonArray(JsonValue.Create(image.Url));

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

    /// <summary>The home page: the site (with a search box for Google: the search page reads <c>?q=</c>) and its
    /// publisher.</summary>
    public static HtmlString Home(SiteModel site)
    {
        var home = site.Urls.Absolute(site.Urls.Home);
        var website = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "WebSite",
            ["name"] = site.Config.Title,
            ["url"] = home,
            ["inLanguage"] = site.Language.Code,
            ["publisher"] = new JsonObject { ["@id"] = OrganizationId(site) },
            ["potentialAction"] = new JsonObject
            {
                ["@type"] = "SearchAction",
                ["target"] = new JsonObject { ["@type"] = "EntryPoint", ["urlTemplate"] = site.Urls.Absolute(site.Urls.Search) + "?q={search_term_string}" },
                ["query-input"] = "required name=search_term_string",
            },
        };
        if (!string.IsNullOrWhiteSpace(site.Config.Description)) website["description"] = site.Config.Description;
        var organization = Publisher(site);
        organization["@context"] = "https://schema.org";
        organization["@id"] = OrganizationId(site);
        return new HtmlString(new JsonArray(website, organization).ToJsonString(Options));
    }

    /// <summary>The author, with their photo when site.yml gives one (<c>avatar:</c>).</summary>
    private static JsonObject Person(SiteModel site, PostSummaryView view)
    {
        var person = new JsonObject { ["@type"] = "Person", ["name"] = view.Author.Name, ["url"] = site.Urls.Absolute(view.Author.Url) };
        if (view.AuthorAvatar is { } avatar) person["image"] = site.Urls.Absolute(avatar.Src);
        return person;
    }

    private static string OrganizationId(SiteModel site) => site.Config.BaseUrl.AbsoluteUri + "#organization";

    /// <summary>The publisher: the site, with its logo (Google asks for one of at least 112×112; ours is 512×512).</summary>
    private static JsonObject Publisher(SiteModel site)
    {
        var publisher = new JsonObject { ["@type"] = "Organization", ["name"] = site.Config.Title, ["url"] = site.Config.BaseUrl.AbsoluteUri };
        if (SocialCards.Logo(site) is { } logo)
            publisher["logo"] = new JsonObject { ["@type"] = "ImageObject", ["url"] = logo, ["width"] = Output.SiteLogo.Size, ["height"] = Output.SiteLogo.Size };
        return publisher;
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
