using Generator.Content;

namespace Generator.Site;

/// <summary>The image a page shows when shared (og:image, twitter:image), with its size and alt text.</summary>
internal sealed record SocialImage(string Url, string Alt, int? Width, int? Height)
{
    /// <summary>The media type feeds announce, by the file's extension.</summary>
    public string MediaType => Path.GetExtension(new Uri(Url, UriKind.RelativeOrAbsolute).IsAbsoluteUri ? new Uri(Url).AbsolutePath : Url)
        .ToLowerInvariant() switch
    {
        ".png" => "image/png",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".webp" => "image/webp",
        ".gif" => "image/gif",
        ".svg" => "image/svg+xml",
        ".avif" => "image/avif",
        _ => "application/octet-stream",
    };
}

/// <summary>
/// Which image a page shares. The big social networks show raster images only, so a post whose own image is a PNG,
/// JPEG or WebP shares it; every other post (no image, an SVG, an image of unknown type) shares a generated
/// 1200×630 card at <c>/posts/&lt;slug&gt;/card.png</c> (<see cref="SocialCardPainter"/>). Every other page (home,
/// lists, the glossary, pages) shares the site card of its language, <c>/card.png</c> (<c>/zh/card.png</c>): the site's
/// title and description. The JSON-LD publisher's logo is <c>/logo.png</c> (<see cref="SiteLogo"/>). With
/// <c>social_cards: false</c> none of these is made: posts share their own image, whatever it is (and <c>check</c>
/// warns about an SVG), other pages none.
/// </summary>
internal static class SocialCards
{
    public const int Width = 1200;
    public const int Height = 630;
    public const string FileName = "card.png";

    /// <summary>The publisher's logo at the output's root (painted by <c>Output/SiteLogo</c>).</summary>
    public const string LogoFileName = "logo.png";

    public static bool Needed(SiteModel site, Article article) =>
        site.Config.SocialCards && !(article.Image is { } image && RasterImages.IsRaster(image.Src));

    /// <summary>The card's site URL (root-relative, with the base path).</summary>
    public static string Url(SiteModel site, Article article) => site.Urls.Post(article.Slug) + FileName;

    /// <summary>The site card of a language (root-relative): beside its home page.</summary>
    public static string SiteCardUrl(SiteModel language) => language.Urls.Home + FileName;

    /// <summary>The publisher's logo (root-relative), one for the site, at the base path.</summary>
    public static string LogoUrl(SiteModel site) => site.Urls.BasePath + LogoFileName;


    /// <param name="own">The post's own image, absolute, with its size when known.</param>
    public static SocialImage? ImageOf(SiteModel site, Article article, SocialImage? own) => Needed(site, article)
        ? new SocialImage(site.Urls.Absolute(Url(site, article)), $"{article.Title} · {site.Config.Title}", Width, Height)
        : own;

    /// <summary>The image of a page that is not a post: the language's site card, or none without cards.</summary>
    public static SocialImage? SiteImage(SiteModel language) => language.Config.SocialCards
        ? new SocialImage(language.Urls.Absolute(SiteCardUrl(language)), language.Config.Title, Width, Height)
        : null;

    /// <summary>The logo's absolute URL, or null without generated images.</summary>
    public static string? Logo(SiteModel site) => site.Config.SocialCards ? site.Urls.Absolute(LogoUrl(site)) : null;
}
