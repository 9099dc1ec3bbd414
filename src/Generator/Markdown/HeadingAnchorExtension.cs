using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Generator.Markdown;

/// <summary>
/// Gives every heading that has an id a permalink, so readers can link to a section. The link's visible "#" is hidden
/// from screen readers, which hear its accessible name instead ("Link to this section", the interface string
/// <c>heading_anchor</c> of the page's language).
/// </summary>
/// <param name="themeIds">Ids the theme's templates write (<c>TemplateSet.ElementIds</c>); a heading "Main" must not
/// take <c>id="main"</c> from the skip link's target, nor "For you" the home page's section.</param>
/// <param name="anchorName">What screen readers hear for the "#" link, in the language of the text.</param>
internal sealed class HeadingAnchorExtension(IEnumerable<string>? themeIds = null, string anchorName = HeadingAnchorExtension.EnglishName) : IMarkdownExtension
{
    public const string EnglishName = "Link to this section";

    /// <summary>Ids the theme's scripts create, which no template spells out; the templates' own come with the theme.</summary>
    public static readonly IReadOnlySet<string> ScriptIds = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "glossary-popover" };

    private readonly HashSet<string> reserved = new([.. ScriptIds, .. themeIds ?? []], StringComparer.OrdinalIgnoreCase);

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.DocumentProcessed -= ReserveThemeIds;
        pipeline.DocumentProcessed += ReserveThemeIds;
    }

    /// <summary>Renames a heading id the theme uses to the next free "id-1", "id-2", as Markdig numbers duplicates.</summary>
    private void ReserveThemeIds(MarkdownDocument document)
    {
        var headings = document.Descendants<HeadingBlock>().Select(h => (Heading: h, Attributes: h.TryGetAttributes())).ToList();
        var taken = headings.Select(h => h.Attributes?.Id).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var (_, attributes) in headings)
        {
            if (attributes?.Id is not { } id || !reserved.Contains(id)) continue;
            var n = 1;
            while (taken.Contains($"{id}-{n}") || reserved.Contains($"{id}-{n}")) n++;
            attributes.Id = $"{id}-{n}";
            taken.Add(attributes.Id);
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<AnchoredHeadingRenderer>())
            html.ObjectRenderers.Replace<HeadingRenderer>(new AnchoredHeadingRenderer(anchorName));
    }
}

internal sealed class AnchoredHeadingRenderer(string anchorName = HeadingAnchorExtension.EnglishName) : HtmlObjectRenderer<HeadingBlock>
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
                .Write("\"><span aria-hidden=\"true\">#</span><span class=\"visually-hidden\">").WriteEscape(anchorName).Write("</span></a>");
        }
        if (renderer.EnableHtmlForBlock) renderer.Write("</").Write(tag).WriteLine(">");
    }
}
