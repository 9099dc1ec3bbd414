using Generator.Content;

namespace Generator.Check;

/// <summary>
/// Facebook, LinkedIn, X and most chat apps show no preview for an SVG og:image. With social cards on, a post never
/// shares one; with <c>social_cards: false</c>, or a theme that writes its own og:image, it may.
/// </summary>
internal sealed class SocialImageCheck(CheckedSite site, FindingSink findings)
{
    public void SvgImages()
    {
        foreach (var page in site.Pages)
        {
            var url = page.SocialImage?.Text;
            if (url is null || !Path.GetExtension(url.Split('?', '#')[0]).Equals(".svg", StringComparison.OrdinalIgnoreCase)) continue;
            var at = site.Locate(page, page.SocialImage?.At, "image:", "src:");
            findings.Add(new Diagnostic(at, Severity.Warning, CheckCodes.SvgSocialImage,
                $"the page's og:image is an SVG ({url}), which social networks do not show; use a PNG or JPEG image, " +
                "or leave social_cards on in site.yml so the post gets a generated card.png"));
        }
    }
}
