namespace Generator.Rendering;

// The head of every page, as the layout sees it ({{ page.title }}); like Views.cs, plain text the theme escapes.
// Kept apart from Views.cs only so that each file stays short; docs/theme.md lists every member.

/// <summary>What every page tells the layout about itself: the &lt;head&gt; (SEO, social cards, JSON-LD) and its kind.</summary>
internal sealed record PageMeta(string Title, string Description, string Url, string CanonicalUrl, string Kind)
{
    /// <summary>The header's current entry (aria-current in the category row or the menu): this page's URL on a section's
    /// first page (a category, the tag index, the glossary, search, a standalone page), else empty. Only that, not the URL
    /// of every page, reaches the header, so the header is one partial output for all posts and other list pages.</summary>
    public string NavCurrent => Kind is "category" or "tags" or "glossary" or "search" or "page" ? Url : "";

    /// <summary>Open Graph type: "article" for posts, "website" otherwise.</summary>
    public string OgType => Kind == "post" ? "article" : "website";

    public string? ImageUrl { get; init; }

    public string? ImageAlt { get; init; }

    public DateView? Published { get; init; }

    public DateView? Modified { get; init; }

    /// <summary>Serialised JSON-LD (already script-safe), inserted as it is into a ld+json script element.</summary>
    public HtmlString? JsonLd { get; init; }

    /// <summary>Feeds for autodiscovery (&lt;link rel="alternate"&gt;): the page's own feed first, if it has one, then the site's.</summary>
    public IReadOnlyList<FeedLinkView> Feeds { get; init; } = [];

    /// <summary>The page in every language that has it, itself included, for hreflang links; empty when it has no translation.</summary>
    public IReadOnlyList<AlternateView> Alternates { get; init; } = [];

    /// <summary>The language switch: every language of the site, with this page in it or else its home; empty on a one-language site.</summary>
    public IReadOnlyList<LanguageLinkView> Languages { get; init; } = [];

    /// <summary>The social image's pixel size, when known (1200×630 for a generated card).</summary>
    public int? ImageWidth { get; init; }

    public int? ImageHeight { get; init; }

    /// <summary>og:locale: the page's language as Open Graph names it (<c>en_US</c>, <c>zh_CN</c>).</summary>
    public string OgLocale { get; init; } = "";

    /// <summary>og:locale:alternate: the locales of the page's translations (its own left out).</summary>
    public IReadOnlyList<string> OgLocaleAlternates { get; init; } = [];
}

/// <summary>A version of a page in one language: the hreflang code and its absolute URL.</summary>
internal sealed record AlternateView(string Hreflang, string Url);

/// <summary>One entry of the language switch.</summary>
internal sealed record LanguageLinkView(string Code, string Name, string Url, bool Current, bool Translated)
{
    /// <summary>On a link that is no translation of the page, what it leads to instead, in the page's language.</summary>
    public string? Note { get; init; }
}

/// <summary>A feed a page advertises: its title, media type (application/atom+xml, …) and URL.</summary>
internal sealed record FeedLinkView(string Title, string Type, string Url);
