using AngleSharp.Html.Parser;
using Generator.Site;

namespace Generator.Output;

/// <summary>
/// Makes every link and image address in a piece of rendered HTML absolute. A page in a feed reader, an e-mail or
/// a search result has no base URL of its own, so "/ai-news/glossary/gpu/" or "#fn1" would point nowhere there.
/// </summary>
internal static class AbsoluteLinks
{
    private static readonly string[] UrlAttributes = ["href", "src", "poster", "cite"];

    /// <summary>Resolves every relative URL in <paramref name="html"/> against <paramref name="pageUrl"/>, the absolute URL of the page the HTML belongs to.</summary>
    public static string Rewrite(string html, Uri pageUrl)
    {
        var parser = new HtmlParser();
        var document = parser.ParseDocument("<!DOCTYPE html><html><body>" + html);
        var body = document.Body!;
        foreach (var element in body.QuerySelectorAll("[href], [src], [poster], [cite], [srcset]"))
        {
            foreach (var name in UrlAttributes)
            {
                if (element.GetAttribute(name) is { } value) element.SetAttribute(name, Resolve(value, pageUrl));
            }
            if (element.GetAttribute("srcset") is { } srcset) element.SetAttribute("srcset", ResolveSrcset(srcset, pageUrl));
        }
        return body.InnerHtml;
    }

    private static string Resolve(string url, Uri pageUrl)
    {
        var trimmed = url.Trim();
        if (SiteUrls.IsAbsolute(trimmed)) return url;
        return Uri.TryCreate(pageUrl, trimmed, out var resolved) ? resolved.AbsoluteUri : url;
    }

    /// <summary>"a.png 1x, /b.png 2x": each candidate's URL is resolved, its descriptor kept.</summary>
    private static string ResolveSrcset(string srcset, Uri pageUrl) => string.Join(", ", srcset
        .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(candidate =>
        {
            var space = candidate.IndexOf(' ');
            return space < 0 ? Resolve(candidate, pageUrl) : Resolve(candidate[..space], pageUrl) + candidate[space..];
        }));
}
