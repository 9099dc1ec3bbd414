using Generator.Site;
using Generator.Content;

namespace Generator.Check;

/// <summary>An external URL and the files that use it, for <c>check --external-list</c>.</summary>
internal sealed record ExternalUrl(string Url, SourceLocation FirstUse, IReadOnlyList<string> UsedIn);

/// <summary>
/// Links, anchors and images of every page: internal targets must exist (under the base path), anchors must name an
/// id on the target page, images need alt text. External URLs are only collected; check makes no network calls.
/// </summary>
internal sealed class LinkCheck(CheckedSite site, FindingSink findings)
{
    private static readonly string[] SkippedSchemes = ["mailto:", "tel:", "javascript:", "data:"];
    private readonly Dictionary<string, (SourceLocation First, SortedSet<string> UsedIn)> external = new(StringComparer.Ordinal);
    private readonly HashSet<string> postSources = site.Model.Posts.Select(p => p.Article.SourcePath).ToHashSet(StringComparer.Ordinal);

    /// <summary>Output paths that some post links to (a glossary term is used when a post links to it).</summary>
    public HashSet<string> LinkedFromPosts { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<ExternalUrl> ExternalUrls =>
        external.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => new ExternalUrl(e.Key, e.Value.First, e.Value.UsedIn.ToList())).ToList();

    /// <param name="cancel">Checked between pages: a large site has a million links.</param>
    public void Run(CancellationToken cancel = default)
    {
        foreach (var page in site.Pages)
        {
            cancel.ThrowIfCancellationRequested();
            var isPost = page.SourcePath is { } source && postSources.Contains(source);
            foreach (var reference in page.References)
            {
                if (reference.Url is { } url) CheckTarget(page, reference, url, isPost);
                if (reference.MissingAlt) ReportMissingAlt(page, reference);
            }
        }
    }

    private void CheckTarget(CheckedPage page, PageReference reference, string href, bool isPost)
    {
        var element = reference.At;
        var isImage = reference.Kind == ReferenceKind.Image;
        href = href.Trim();
        if (href.Length == 0 || SkippedSchemes.Any(s => href.StartsWith(s, StringComparison.OrdinalIgnoreCase))) return;
        if (!Uri.TryCreate(page.Address, href, out var target) || target.Scheme is not ("http" or "https"))
        {
            findings.Error(page, element, CheckCodes.BrokenLink, $"'{href}' is not a valid link", href);
            return;
        }
        var baseUrl = site.Model.Config.BaseUrl;
        if (!string.Equals(target.Authority, baseUrl.Authority, StringComparison.OrdinalIgnoreCase))
        {
            var url = target.GetComponents(UriComponents.HttpRequestUrl | UriComponents.Fragment, UriFormat.UriEscaped);
            var location = site.Locate(page, element, href);
            if (!external.TryGetValue(url, out var uses)) external[url] = uses = (location, new SortedSet<string>(StringComparer.Ordinal));
            uses.UsedIn.Add(location.Path);
            return;
        }
        var path = Uri.UnescapeDataString(target.AbsolutePath);
        var basePath = site.Urls.BasePath;
        if (!path.StartsWith(basePath, StringComparison.Ordinal))
        {
            findings.Error(page, element, isImage ? CheckCodes.MissingImage : CheckCodes.BrokenLink,
                $"'{href}' points outside the site's base path {basePath}; did you mean '{basePath}{path.TrimStart('/')}'?", href, Unprefixed(href));
            return;
        }
        var output = OutputPathOf(path[basePath.Length..]);
        if (output is null)
        {
            findings.Error(page, element, isImage ? CheckCodes.MissingImage : CheckCodes.BrokenLink,
                isImage ? $"image '{href}' does not exist in the built site"
                    : $"link to '{href}', which is not a page or file of the site{Suggestion(path[basePath.Length..], href)}",
                href, Unprefixed(href));
            return;
        }
        if (isPost && reference.Kind == ReferenceKind.Anchor) LinkedFromPosts.Add(output);
        if (target.Fragment.Length > 1 && site.PagesByPath.TryGetValue(output, out var targetPage))
        {
            var anchor = Uri.UnescapeDataString(target.Fragment[1..]);
            if (!targetPage.Ids.Contains(anchor))
                findings.Error(page, element, CheckCodes.BrokenAnchor,
                    $"'{href}' points to #{anchor}, but {targetPage.OutputPath} has no element with that id", href, Unprefixed(href));
        }
    }

    /// <summary>An image without alt text (and not marked decorative: <c>role="presentation"</c>, <c>aria-hidden</c>).</summary>
    private void ReportMissingAlt(CheckedPage page, PageReference image)
    {
        var src = image.Url ?? "";
        findings.Warning(page, image.At, CheckCodes.MissingAlt,
            $"image '{src}' has no alt text; describe it for readers who cannot see it (![what it shows]({Unprefixed(src)}))",
            "![](" + Unprefixed(src), src, Unprefixed(src));
    }

    /// <summary>Like a static host: a folder serves its index.html, and "/x" finds "x/index.html".</summary>
    private string? OutputPathOf(string relative)
    {
        var (file, folderIndex) = OutputPaths.Lookup(relative);
        return site.OutputPaths.Contains(file) ? file : folderIndex is not null && site.OutputPaths.Contains(folderIndex) ? folderIndex : null;
    }

    /// <summary>
    /// A misspelt slug in a link (/tags/kimi-k26/) gets the closest page of the same section, written as the author
    /// writes links: without the base path.
    /// </summary>
    private string Suggestion(string relative, string href)
    {
        var segments = relative.Trim('/').Split('/');
        var slug = segments[^1];
        var parent = string.Concat(segments[..^1].Select(s => s + "/"));
        var siblings = site.OutputPaths
            .Where(p => p.Length > parent.Length + "/index.html".Length && p.StartsWith(parent, StringComparison.Ordinal)
                && p.EndsWith("/index.html", StringComparison.Ordinal))
            .Select(p => p[parent.Length..^"/index.html".Length]).Where(s => s.Length > 0 && !s.Contains('/'));
        if (slug.Length == 0 || DidYouMean.Suggest(slug, siblings) is not { } closest) return "";
        var written = Unprefixed(href);
        var at = written.LastIndexOf(slug, StringComparison.Ordinal);
        return at < 0 ? "" : $" (did you mean '{written[..at]}{closest}{written[(at + slug.Length)..]}'?)";
    }

    /// <summary>Markdown links are written without the base path, which the build adds; search the source for that.</summary>
    private string Unprefixed(string href) =>
        href.StartsWith(site.Urls.BasePath, StringComparison.Ordinal) && site.Urls.BasePath != "/" ? "/" + href[site.Urls.BasePath.Length..] : href;
}
