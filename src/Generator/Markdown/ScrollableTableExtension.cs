using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Generator.Markdown;

/// <summary>
/// Wraps every table in a focusable, labelled scroll container (<c>div.table-scroll</c>). On a phone a wide table then
/// scrolls inside its box instead of pushing the page sideways; the theme shades the edge that has more to show, and a
/// keyboard user can scroll it once focused. The table itself stays a real table for screen readers.
/// </summary>
/// <param name="regionName">The scroll box's accessible name, in the language of the text ("Table", "表格").</param>
internal sealed class ScrollableTableExtension(string regionName = "Table") : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html) return;
        var inner = html.ObjectRenderers.FindExact<HtmlTableRenderer>();
        if (inner is null) return;
        html.ObjectRenderers.Replace<HtmlTableRenderer>(new Wrapper(inner, regionName));
    }

    private sealed class Wrapper(HtmlTableRenderer inner, string regionName) : HtmlObjectRenderer<Table>
    {
        protected override void Write(HtmlRenderer renderer, Table table)
        {
            if (renderer.EnableHtmlForBlock)
                renderer.EnsureLine().Write("<div class=\"table-scroll\" role=\"region\" aria-label=\"").WriteEscape(regionName).WriteLine("\" tabindex=\"0\">");
            if (TableCaptionExtension.CaptionOf(table) is { } caption && renderer.EnableHtmlForBlock) WriteWithCaption(renderer, table, caption);
            else ((IMarkdownObjectRenderer)inner).Write(renderer, table);
            if (renderer.EnableHtmlForBlock) renderer.EnsureLine().WriteLine("</div>");
        }

        /// <summary>
        /// Markdig's table renderer has no caption, and a caption must be the table's first child; so the table is
        /// written aside and the caption goes in after its first line, the <c>&lt;table&gt;</c> tag that renderer
        /// always writes alone on a line.
        /// </summary>
        private void WriteWithCaption(HtmlRenderer renderer, Table table, ContainerInline caption)
        {
            var page = renderer.Writer;
            var aside = new StringWriter();
            renderer.Writer = aside;
            try
            {
                ((IMarkdownObjectRenderer)inner).Write(renderer, table);
            }
            finally
            {
                renderer.Writer = page;
            }
            var html = aside.ToString();
            var tagEnd = html.IndexOf('\n') + 1;
            renderer.Write(html.AsSpan(0, tagEnd));
            renderer.Write("<caption>");
            renderer.WriteChildren(caption);
            renderer.WriteLine("</caption>");
            renderer.Write(html.AsSpan(tagEnd));
        }
    }
}
