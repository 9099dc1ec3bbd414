using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Generator.Markdown;

/// <summary>
/// Gives every heading that has an id a permalink, so readers can link to a section. The link's visible "#" is hidden
/// from screen readers, which hear "Link to this section" instead.
/// </summary>
public sealed class HeadingAnchorExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<AnchoredHeadingRenderer>())
            html.ObjectRenderers.Replace<HeadingRenderer>(new AnchoredHeadingRenderer());
    }
}

public sealed class AnchoredHeadingRenderer : HtmlObjectRenderer<HeadingBlock>
{
    protected override void Write(HtmlRenderer renderer, HeadingBlock heading)
    {
        var tag = "h" + Math.Clamp(heading.Level, 1, 6);
        if (renderer.EnableHtmlForBlock)
        {
            renderer.Write('<').Write(tag).WriteAttributes(heading).Write('>');
        }
        renderer.WriteLeafInline(heading);
        var id = heading.TryGetAttributes()?.Id;
        if (renderer.EnableHtmlForBlock && id is not null)
        {
            renderer.Write(" <a class=\"heading-anchor\" href=\"#").WriteEscapeUrl(id)
                .Write("\"><span aria-hidden=\"true\">#</span><span class=\"visually-hidden\">Link to this section</span></a>");
        }
        if (renderer.EnableHtmlForBlock) renderer.Write("</").Write(tag).WriteLine(">");
    }
}
