using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Generator.Tests.Publishing;

/// <summary>
/// Follows every internal URL of a published site as a browser, crawler or feed reader would meet it on GitHub
/// Pages: links, images (src and srcset), stylesheets, scripts, forms, icons and feeds in &lt;head&gt;, social-card
/// URLs, the sitemap, robots.txt, Atom feeds and the search index. A URL is internal when it is relative or on the
/// site's host; it must then lie below the base path and resolve to a file of the artifact, and an #anchor on a page
/// must name an element of that page.
/// </summary>
public sealed partial class PagesCrawler(PagesArtifact artifact, Uri siteUrl)
{
    private static readonly (string Selector, string Attribute)[] UrlAttributes =
    [
        ("a[href]", "href"), ("area[href]", "href"), ("link[href]", "href"), ("img[src]", "src"), ("script[src]", "src"),
        ("source[src]", "src"), ("iframe[src]", "src"), ("video[src]", "src"), ("video[poster]", "poster"),
        ("audio[src]", "src"), ("form[action]", "action"), ("meta[property^='og:'][content]", "content"),
        ("meta[name^='twitter:'][content]", "content"),
    ];

    private readonly HtmlParser parser = new();
    private readonly Dictionary<string, IDocument> documents = new(StringComparer.Ordinal);
    private readonly List<string> broken = [];

    public int Checked { get; private set; }

    public IReadOnlyList<string> Broken => broken;

    public PagesCrawler Crawl()
    {
        foreach (var file in artifact.Files)
        {
            var text = new Lazy<string>(() => File.ReadAllText(Path.Combine(artifact.Root, file)));
            if (file.EndsWith(".html", StringComparison.Ordinal)) CrawlPage(file);
            else if (file == "sitemap.xml") foreach (var loc in Xml(text.Value).Descendants().Where(e => e.Name.LocalName == "loc")) Follow(file, loc.Value);
            else if (file == "robots.txt") foreach (Match m in SitemapLine().Matches(text.Value)) Follow(file, m.Groups[1].Value);
            else if (file.EndsWith("feed.xml", StringComparison.Ordinal))
                foreach (var link in Xml(text.Value).Descendants().Where(e => e.Name.LocalName == "link" && e.Attribute("href") is not null))
                    Follow(file, link.Attribute("href")!.Value);
            else if (file == "search-index.json")
                foreach (var entry in JsonDocument.Parse(text.Value).RootElement.EnumerateArray()) Follow(file, entry.GetProperty("u").GetString()!);
        }
        return this;
    }

    private void CrawlPage(string file)
    {
        var document = Document(file);
        foreach (var (selector, attribute) in UrlAttributes)
        {
            foreach (var element in document.QuerySelectorAll(selector))
            {
                var value = element.GetAttribute(attribute)!;
                if (element.LocalName == "meta" && !value.Contains('/')) continue; // og:title, twitter:card and other text
                Follow(file, value);
            }
        }
        foreach (var element in document.QuerySelectorAll("img[srcset], source[srcset]"))
            foreach (var candidate in element.GetAttribute("srcset")!.Split(','))
                Follow(file, candidate.Trim().Split(' ')[0]);
    }

    private void Follow(string from, string url)
    {
        url = url.Trim();
        if (url.Length == 0 || url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) || url.StartsWith("data:", StringComparison.Ordinal)) return;
        var page = new Uri(siteUrl, from);
        if (!Uri.TryCreate(page, url, out var target)) { broken.Add($"{from}: '{url}' is not a URL"); return; }
        if (target.Scheme is not ("http" or "https") || !string.Equals(target.Host, siteUrl.Host, StringComparison.OrdinalIgnoreCase)) return;
        Checked++;
        var path = Uri.UnescapeDataString(target.AbsolutePath);
        if (!path.StartsWith(siteUrl.AbsolutePath, StringComparison.Ordinal)) { broken.Add($"{from}: '{url}' is outside {siteUrl.AbsolutePath}"); return; }
        if (artifact.Resolve(path[siteUrl.AbsolutePath.Length..]) is not { } file) { broken.Add($"{from}: '{url}' is not served ({path})"); return; }
        var fragment = Uri.UnescapeDataString(target.Fragment.TrimStart('#'));
        if (fragment.Length > 0 && file.EndsWith(".html", StringComparison.Ordinal) && Document(file).GetElementById(fragment) is null)
            broken.Add($"{from}: '{url}' names no element with id '{fragment}'");
    }

    private IDocument Document(string file)
    {
        if (!documents.TryGetValue(file, out var document))
            documents[file] = document = parser.ParseDocument(File.ReadAllText(Path.Combine(artifact.Root, file)));
        return document;
    }

    private static XDocument Xml(string text) => XDocument.Parse(text);

    [GeneratedRegex(@"^Sitemap:\s*(\S+)", RegexOptions.Multiline)]
    private static partial Regex SitemapLine();
}
