using Generator.Site;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Generator.Glossary;

/// <summary>
/// Writes a glossary link as <c>&lt;a class="glossary-term" href="…/glossary/slug/" data-short="…"&gt;</c>. The short
/// definition rides along in <c>data-short</c> for the popover (templates/assets/glossary.js); without scripts it is
/// still an ordinary link to the term's page.
/// </summary>
internal sealed class HtmlGlossaryLinkRenderer(SiteUrls urls) : HtmlObjectRenderer<GlossaryLinkInline>
{
    protected override void Write(HtmlRenderer renderer, GlossaryLinkInline link)
    {
        if (!renderer.EnableHtmlForInline)
        {
            renderer.WriteChildren(link);
            return;
        }
        renderer.Write("<a class=\"glossary-term\" href=\"").WriteEscapeUrl(urls.Term(link.Term.Slug)).Write('"');
        renderer.Write(" data-short=\"").WriteEscape(link.Term.Short).Write("\">");
        renderer.WriteChildren(link);
        renderer.Write("</a>");
    }
}
