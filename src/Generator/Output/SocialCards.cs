using Generator.Content;
using Generator.Rendering;
using Generator.Site;

namespace Generator.Output;

/// <summary>The image a post shows when shared (og:image, twitter:image), with its size and alt text.</summary>
public sealed record SocialImage(string Url, string Alt, int? Width, int? Height);

/// <summary>
/// Which image a post shares. The big social networks show raster images only, so a post whose own image is a PNG,
/// JPEG or WebP shares it; every other post (no image, an SVG, an image of unknown type) shares a generated
/// 1200×630 card at <c>/posts/&lt;slug&gt;/card.png</c> (<see cref="SocialCardPainter"/>), unless site.yml says
/// <c>social_cards: false</c>, when it shares its own image, whatever it is (and <c>check</c> warns about an SVG).
/// </summary>
public static class SocialCards
{
    public const int Width = 1200;
    public const int Height = 630;
    public const string FileName = "card.png";

    public static bool Needed(SiteModel site, Article article) =>
        site.Config.SocialCards && !(article.Image is { } image && RasterImages.IsRaster(image.Src));

    /// <summary>The card's site URL (root-relative, with the base path).</summary>
    public static string Url(SiteModel site, Article article) => site.Urls.Post(article.Slug) + FileName;

    public static SocialImage? ImageOf(SiteModel site, Article article, PostView view)
    {
        if (Needed(site, article))
            return new SocialImage(site.Urls.Absolute(Url(site, article)), $"{article.Title} · {site.Config.Title}", Width, Height);
        return view.Image is { } image ? new SocialImage(site.Urls.Absolute(image.Src), image.Alt, image.Width, image.Height) : null;
    }
}
