using Markdig;

namespace Generator.Glossary;

/// <summary>
/// The glossary state of one Markdown document: which terms it has linked so far, and which term page (if any) it
/// is. Pipelines are shared by every article rendered in parallel, so this lives in the parse call's
/// <see cref="MarkdownParserContext"/>, never on the extension. A document parsed without a session is not linked.
/// </summary>
internal sealed class GlossaryLinkSession
{
    private static readonly object ContextKey = typeof(GlossaryLinkSession);

    private readonly List<string> linked = [];
    private readonly HashSet<string> seen = new(StringComparer.Ordinal);

    /// <param name="autoLink">false for a post with <c>glossary: false</c>: links the author wrote still count.</param>
    /// <param name="ownTermSlug">the term whose page this is, so it does not link to itself.</param>
    public GlossaryLinkSession(bool autoLink = true, string? ownTermSlug = null)
    {
        AutoLink = autoLink;
        OwnTermSlug = ownTermSlug;
    }

    public bool AutoLink { get; }

    public string? OwnTermSlug { get; }

    /// <summary>Slugs of the terms this document links to, in the order of their first link.</summary>
    public IReadOnlyList<string> LinkedTermSlugs => linked;

    public MarkdownParserContext ToContext()
    {
        var context = new MarkdownParserContext();
        context.Properties[ContextKey] = this;
        return context;
    }

    public static GlossaryLinkSession? From(MarkdownParserContext? context) =>
        context?.Properties.TryGetValue(ContextKey, out var value) == true ? value as GlossaryLinkSession : null;

    /// <summary>Whether <paramref name="slug"/> gets a new link here: not this page's own term, not linked before.</summary>
    public bool ShouldLink(string slug) => AutoLink && slug != OwnTermSlug && !seen.Contains(slug);

    /// <summary>Records a link to the term, made by the linker or written by the author.</summary>
    public void Record(string slug)
    {
        if (slug != OwnTermSlug && seen.Add(slug)) linked.Add(slug);
    }
}
