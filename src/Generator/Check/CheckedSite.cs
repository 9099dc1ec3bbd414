using System.Collections.Concurrent;
using Generator.Content;
using Generator.Output;
using Generator.Rendering;
using Generator.Site;

namespace Generator.Check;

/// <summary>
/// The built site as <c>check</c> sees it: what it needs of every HTML page (<see cref="CheckedPage"/>, in the order
/// the build plans its pages), every output path (pages, other generated files, theme assets, content/'s files), and
/// the way back from an output page to the file its author edits.
/// </summary>
internal sealed class CheckedSite
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

    /// <summary>
    /// Takes the build's files as they are made (<see cref="SiteBuild.Inspect"/>, from any thread),
    /// reading each page's facts and keeping nothing else, so check holds no more of the site than build does.
    /// </summary>
    public sealed class Collector
    {
        private readonly ConcurrentDictionary<string, CheckedPage> pages = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, string> strings = new(StringComparer.Ordinal);

        public void Add(OutputFile file)
        {
            if (file.Path.EndsWith(".html", StringComparison.Ordinal)) pages[file.Path] = CheckedPage.Read(file.Path, file.Content, strings);
        }

        /// <param name="paths">Every file the build made, its pages first in the order it planned them
        /// (<see cref="BuildResult.Paths"/>).</param>
        public CheckedSite Finish(string root, SiteModel site, IReadOnlyList<string> paths, AssetManifest? assets)
        {
            var sources = PageSources.Of(site);
            var ordered = paths.Where(pages.ContainsKey).Select(path => pages[path] with
            {
                SourcePath = sources.GetValueOrDefault(path),
                Address = new Uri(site.Config.BaseUrl, site.Urls.BasePath + Generator.Site.OutputPaths.UrlOf(path)),
            }).ToList();
            var outputs = paths.Concat(assets?.OutputNames.Values.Select(a => "assets/" + a) ?? [])
                .Concat(site.StaticFiles?.Paths ?? [])
                .ToHashSet(StringComparer.Ordinal);
            return new CheckedSite(root, site, ordered, outputs);
        }
    }

    /// <summary>
    /// Where to send the author for a problem on a page: to the first place one of <paramref name="needles"/> occurs in
    /// the page's content file, else to the element's position in the output page.
    /// </summary>
    public SourceLocation Locate(CheckedPage page, PagePosition? element, params string[] needles)
    {
        if (page.SourcePath is { } source && SourceText(source) is { } text)
        {
            foreach (var needle in needles.Where(n => n.Length > 0))
            {
                var index = text.IndexOf(needle, StringComparison.Ordinal);
                if (index >= 0) return At(source, text, index);
            }
        }
        return element is { } p ? new SourceLocation(page.OutputPath, p.Line, p.Column) : SourceLocation.FileStart(page.OutputPath);
    }

    public bool IsLocatedInSource(SourceLocation location, CheckedPage page) => location.Path != page.OutputPath;

    public static SourceLocation At(string path, string text, int index)
    {
        var line = 1 + text.AsSpan(0, index).Count('\n');
        var lineStart = index == 0 ? 0 : text.LastIndexOf('\n', index - 1) + 1;
        return new SourceLocation(path, line, index - lineStart + 1);
    }

    /// <summary>A content file's text as written (line endings normalised), read once per check: for the files that
    /// have findings.</summary>
    public string? SourceText(string relative)
    {
        lock (sourceTexts)
        {
            if (sourceTexts.TryGetValue(relative, out var cached)) return cached;
            var text = ReadSource(relative);
            if (text is not null) sourceTexts[relative] = text;
            return text;
        }
    }

    /// <summary>
    /// A content file's text, read now and kept by no one: checks that look at every file (placeholders) read it
    /// again rather than keep it, since check, like build, drops posts' Markdown once it is converted.
    /// </summary>
    public string? ReadSource(string relative)
    {
        var full = Path.Combine(Root, relative);
        return File.Exists(full) ? File.ReadAllText(full).Replace("\r\n", "\n").Replace('\r', '\n') : null;
    }

    /// <summary>The body of a content file as its record had it: the lines from <paramref name="bodyLine"/> on.</summary>
    public static string BodyOf(string text, int bodyLine)
    {
        var index = 0;
        for (var line = 1; line < bodyLine && index >= 0; line++) index = text.IndexOf('\n', index) is var next and >= 0 ? next + 1 : -1;
        return index < 0 ? "" : text[index..];
    }
}
