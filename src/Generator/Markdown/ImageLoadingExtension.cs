using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Generator.Markdown;

/// <summary>
/// Images in articles load lazily and decode off the main thread, so long posts stay fast on phones; images that are
/// files of the site get their width and height, so the page does not jump as they arrive.
/// </summary>
/// <param name="basePath">The site's base path, which root-relative image URLs carry by the time this runs.</param>
/// <param name="sizeOf">The size of the image at a path below the base path, or null when unknown.</param>
/// <param name="srcsetOf">The WebP <c>srcset</c> of a raster image below the base path (Content/RasterImages), or null.</param>
internal sealed class ImageLoadingExtension(string basePath, Func<string, (int Width, int Height)?> sizeOf,
    Func<string, string?>? srcsetOf = null) : IMarkdownExtension
{
    /// <summary>Images in an article body are at most the text column wide (42rem), on phones the screen less its margins.</summary>
    public const string BodySizes = "(min-width: 44rem) 42rem, calc(100vw - 2rem)";

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.DocumentProcessed -= MarkImages;
        pipeline.DocumentProcessed += MarkImages;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private void MarkImages(MarkdownDocument document)
    {
        foreach (var image in document.Descendants<LinkInline>().Where(l => l.IsImage))
        {
            var attributes = image.GetAttributes();
            attributes.AddPropertyIfNotExist("loading", "lazy");
            attributes.AddPropertyIfNotExist("decoding", "async");
            if (image.Url is { } url && url.StartsWith(basePath, StringComparison.Ordinal) && sizeOf(url[basePath.Length..]) is var (width, height))
            {
                attributes.AddPropertyIfNotExist("width", width.ToString(System.Globalization.CultureInfo.InvariantCulture));
                attributes.AddPropertyIfNotExist("height", height.ToString(System.Globalization.CultureInfo.InvariantCulture));
                if (srcsetOf?.Invoke(url[basePath.Length..]) is { } srcset)
                {
                    attributes.AddPropertyIfNotExist("srcset", srcset);
                    attributes.AddPropertyIfNotExist("sizes", BodySizes);
                }
            }
        }
    }
}
