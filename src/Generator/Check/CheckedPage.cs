using System.Collections.Concurrent;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Generator.Check;

/// <summary>A place in an output page (1-based), where an element starts.</summary>
internal readonly record struct PagePosition(int Line, int Column);

/// <summary>An element of a page with the text check reads from it (a title's text, a meta tag's content).</summary>
internal readonly record struct PageElement(string? Text, PagePosition? At);

internal enum ReferenceKind : byte
{
    /// <summary><c>&lt;a href&gt;</c>: the only kind that counts as linking a glossary term.</summary>
    Anchor,
    /// <summary><c>&lt;link href&gt;</c>, <c>&lt;area href&gt;</c>.</summary>
    OtherLink,
    /// <summary><c>&lt;img&gt;</c>, with or without <c>src</c>.</summary>
    Image,
    /// <summary><c>src</c> of <c>script</c>, <c>source</c>, <c>video</c>, <c>audio</c>.</summary>
    Media,
}

/// <summary>A URL a page points at (<c>href</c> or <c>src</c>), in document order: the links first, then the images
/// and media, as check reports them.</summary>
internal readonly record struct PageReference(string? Url, ReferenceKind Kind, bool MissingAlt, PagePosition? At);

/// <summary>
/// What check needs of one output page, read from its HTML as soon as it is rendered: its ids, the URLs it points
/// at, its title, meta description and og:image, each with its position. The HTML and its DOM are dropped at once:
/// a 10,000-post site's DOMs take gigabytes, these facts tens of megabytes.
/// </summary>
internal sealed record CheckedPage(
    string OutputPath,
    IReadOnlySet<string> Ids,
    IReadOnlyList<PageReference> References,
    PageElement? Title,
    PageElement? Description,
    PageElement? SocialImage)
{
    /// <summary>The content file it was made from (a post's .md), if any.</summary>
    public string? SourcePath { get; init; }

    /// <summary>Its absolute URL, against which its relative links resolve.</summary>
    public Uri Address { get; init; } = new("http://localhost/");

    /// <summary>Reads the facts out of a page's HTML. <paramref name="strings"/> keeps one copy of a text many pages
    /// share (theme ids, navigation and tag URLs).</summary>
    public static CheckedPage Read(string outputPath, string html, ConcurrentDictionary<string, string> strings)
    {
        var document = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true }).ParseDocument(html);
        string Shared(string text) => strings.GetOrAdd(text, text);
        var ids = document.QuerySelectorAll("[id], a[name]").Select(e => e.Id ?? e.GetAttribute("name") ?? "")
            .Where(id => id.Length > 0).Select(Shared).ToHashSet(StringComparer.Ordinal);
        var references = new List<PageReference>();
        foreach (var element in document.QuerySelectorAll("a[href], link[href], area[href]"))
            references.Add(new PageReference(Shared(element.GetAttribute("href")!),
                element.LocalName == "a" ? ReferenceKind.Anchor : ReferenceKind.OtherLink, false, PositionOf(element)));
        foreach (var element in document.QuerySelectorAll("img, script[src], source[src], video[src], audio[src]"))
        {
            var isImage = element.LocalName == "img";
            var src = element.GetAttribute("src") is { } s ? Shared(s) : null;
            references.Add(new PageReference(src, isImage ? ReferenceKind.Image : ReferenceKind.Media, isImage && MissingAlt(element), PositionOf(element)));
        }
        return new CheckedPage(outputPath, ids, references.ToArray(),
            ElementOf(document.QuerySelector("head > title"), e => e.TextContent),
            ElementOf(document.QuerySelector("meta[name=description]"), e => e.GetAttribute("content")),
            ElementOf(document.QuerySelector("meta[property='og:image']"), e => e.GetAttribute("content")));
    }

    private static bool MissingAlt(IElement image) =>
        image.GetAttribute("role") != "presentation" && image.GetAttribute("aria-hidden") != "true"
        && string.IsNullOrWhiteSpace(image.GetAttribute("alt"));

    private static PageElement? ElementOf(IElement? element, Func<IElement, string?> text) =>
        element is null ? null : new PageElement(text(element), PositionOf(element));

    private static PagePosition? PositionOf(IElement element) =>
        element.SourceReference?.Position is { } p ? new PagePosition(p.Line, p.Column) : null;
}
