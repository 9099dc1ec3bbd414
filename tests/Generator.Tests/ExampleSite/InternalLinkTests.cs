using AngleSharp.Html.Parser;
using Generator.Tests.Support;

namespace Generator.Tests.ExampleSite;

/// <summary>
/// The example blog built to disk under a project path, then crawled: every internal link, image, stylesheet and
/// #anchor must resolve, as GitHub Pages would serve it.
/// </summary>
public sealed class InternalLinkTests : IDisposable
{
    private const string BasePath = "/ai-news/";
    private readonly string output = Path.Combine(Path.GetTempPath(), "gen-links-" + Guid.NewGuid().ToString("N")[..12]);

    public void Dispose()
    {
        if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
    }

    [Fact]
    public void Every_internal_link_and_anchor_of_the_example_site_resolves()
    {
        var result = SiteBuild.Write(new BuildOptions(RepoRoot.Path, output, "https://example.github.io/ai-news/",
            Now: new DateTimeOffset(2026, 11, 21, 0, 0, 0, TimeSpan.Zero)));
        result.Succeeded.ShouldBeTrue();
        var parser = new HtmlParser();
        var broken = new List<string>();
        var checkedLinks = 0;
        foreach (var page in Directory.GetFiles(output, "*.html", SearchOption.AllDirectories))
        {
            var document = parser.ParseDocument(File.ReadAllText(page));
            var pageUrl = BasePath + Path.GetRelativePath(output, page).Replace('\\', '/');
            foreach (var element in document.QuerySelectorAll("a[href], link[href], img[src], script[src]"))
            {
                var url = element.GetAttribute("href") ?? element.GetAttribute("src")!;
                if (url.StartsWith("http", StringComparison.Ordinal) || url.StartsWith("mailto:", StringComparison.Ordinal)) continue;
                checkedLinks++;
                var (path, fragment) = Split(url);
                var target = path.Length == 0 ? page : Resolve(pageUrl, path);
                if (target is null) { broken.Add($"{pageUrl}: {url} (no such file)"); continue; }
                if (fragment.Length > 0 && target.EndsWith(".html", StringComparison.Ordinal)
                    && parser.ParseDocument(File.ReadAllText(target)).GetElementById(Uri.UnescapeDataString(fragment)) is null)
                    broken.Add($"{pageUrl}: {url} (no element with id '{fragment}')");
            }
        }
        broken.ShouldBeEmpty();
        checkedLinks.ShouldBeGreaterThan(1000);
    }

    private static (string Path, string Fragment) Split(string url)
    {
        var hash = url.IndexOf('#');
        return hash < 0 ? (url, "") : (url[..hash], url[(hash + 1)..]);
    }

    private string? Resolve(string pageUrl, string url)
    {
        var absolute = new Uri(new Uri("https://host" + pageUrl), url).AbsolutePath;
        if (!absolute.StartsWith(BasePath, StringComparison.Ordinal)) return null;
        var relative = Uri.UnescapeDataString(absolute[BasePath.Length..]);
        var file = Path.Combine(output, relative.EndsWith('/') || relative.Length == 0 ? relative + "index.html" : relative);
        return File.Exists(file) ? file : null;
    }
}
