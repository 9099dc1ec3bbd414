using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Generator.Content;
using Generator.Output;
using Generator.Rendering;
using Generator.Site;

namespace Generator.Check;

/// <summary>One output page, parsed, with the content file it was made from (a post's .md), if any.</summary>
public sealed record CheckedPage(string OutputPath, Uri Address, IHtmlDocument Document, string? SourcePath)
{
    public IReadOnlySet<string> Ids { get; } = Document.QuerySelectorAll("[id], a[name]")
        .Select(e => e.Id ?? e.GetAttribute("name") ?? "").Where(id => id.Length > 0).ToHashSet(StringComparer.Ordinal);
}

/// <summary>
/// The built site as <c>check</c> sees it: every HTML page parsed with source positions, every output path (pages and
/// theme assets), and the way back from an output page to the file its author edits.
/// </summary>
public sealed class CheckedSite
{
    private readonly Dictionary<string, string> sourceTexts = new(StringComparer.Ordinal);

    private CheckedSite(string root, SiteModel site, IReadOnlyList<CheckedPage> pages, IReadOnlySet<string> outputPaths)
    {
        Root = root;
        Model = site;
        Pages = pages;
        OutputPaths = outputPaths;
        PagesByPath = pages.ToDictionary(p => p.OutputPath, StringComparer.Ordinal);
    }

    public string Root { get; }

    public SiteModel Model { get; }

    public IReadOnlyList<CheckedPage> Pages { get; }

    public IReadOnlyDictionary<string, CheckedPage> PagesByPath { get; }

    public IReadOnlySet<string> OutputPaths { get; }

    public SiteUrls Urls => Model.Urls;

    public static CheckedSite Parse(string root, SiteModel site, IReadOnlyList<OutputFile> files, AssetManifest? assets)
    {
        var sources = PageSources.Of(site);

        var html = files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)).ToList();
        var pages = new CheckedPage[html.Count];
        Parallel.For(0, html.Count, i =>
        {
            var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
            var address = new Uri(site.Config.BaseUrl, site.Urls.BasePath + UrlPathOf(html[i].Path));
            pages[i] = new CheckedPage(html[i].Path, address, parser.ParseDocument(html[i].Content), sources.GetValueOrDefault(html[i].Path));
        });
        var outputs = files.Select(f => f.Path).Concat(assets?.OutputNames.Values.Select(a => "assets/" + a) ?? [])
            .Concat(site.StaticFiles?.Paths ?? [])
            .ToHashSet(StringComparer.Ordinal);
        return new CheckedSite(root, site, pages, outputs);
    }

    /// <summary>posts/x/index.html → posts/x/ (the URL a reader uses).</summary>
    private static string UrlPathOf(string outputPath) =>
        outputPath == "index.html" ? "" : outputPath.EndsWith("/index.html", StringComparison.Ordinal) ? outputPath[..^"index.html".Length] : outputPath;

    /// <summary>
    /// Where to send the author for a problem on a page: to the first place <paramref name="needle"/> occurs in the
    /// page's content file, else to the element's position in the output page.
    /// </summary>
    public SourceLocation Locate(CheckedPage page, IElement? element, params string[] needles)
    {
        if (page.SourcePath is { } source && SourceText(source) is { } text)
        {
            foreach (var needle in needles.Where(n => n.Length > 0))
            {
                var index = text.IndexOf(needle, StringComparison.Ordinal);
                if (index >= 0) return At(source, text, index);
            }
        }
        var position = element?.SourceReference?.Position;
        return position is { } p ? new SourceLocation(page.OutputPath, p.Line, p.Column) : SourceLocation.FileStart(page.OutputPath);
    }

    public bool IsLocatedInSource(SourceLocation location, CheckedPage page) => location.Path != page.OutputPath;

    public static SourceLocation At(string path, string text, int index)
    {
        var line = 1 + text.AsSpan(0, index).Count('\n');
        var lineStart = index == 0 ? 0 : text.LastIndexOf('\n', index - 1) + 1;
        return new SourceLocation(path, line, index - lineStart + 1);
    }

    /// <summary>A content file's text as written (line endings normalised), read once per check.</summary>
    public string? SourceText(string relative)
    {
        lock (sourceTexts)
        {
            if (sourceTexts.TryGetValue(relative, out var cached)) return cached;
            var full = Path.Combine(Root, relative);
            var text = File.Exists(full) ? File.ReadAllText(full).Replace("\r\n", "\n") : null;
            if (text is not null) sourceTexts[relative] = text;
            return text;
        }
    }
}
