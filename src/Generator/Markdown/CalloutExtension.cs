using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Generator.Markdown;

/// <summary>
/// Explainer call-outs written as custom containers: <c>::: why-it-matters</c>, <c>::: note</c>, <c>::: context</c>,
/// each closed by <c>:::</c>. Rendered as an <c>&lt;aside&gt;</c> with a heading; text after the kind replaces the
/// default heading (<c>::: note A caveat</c>). Other containers keep Markdig's plain <c>&lt;div&gt;</c>.
/// <paramref name="titleOf"/> gives a kind's heading in the page's language (the interface string <c>why_it_matters</c>, …).
/// </summary>
internal sealed class CalloutExtension(Func<string, string?>? titleOf = null) : IMarkdownExtension
{
    public static readonly IReadOnlyDictionary<string, string> Kinds = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["why-it-matters"] = "Why it matters",
        ["note"] = "Note",
        ["context"] = "Context",
    };

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.Extensions.Contains<CustomContainerExtension>()) pipeline.Extensions.Add(new CustomContainerExtension());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<CalloutRenderer>())
            html.ObjectRenderers.InsertBefore<HtmlCustomContainerRenderer>(new CalloutRenderer(titleOf));
    }
}

/// <summary>Renders the call-out kinds; leaves every other custom container to Markdig's own renderer.</summary>
internal sealed class CalloutRenderer(Func<string, string?>? titleOf = null) : HtmlObjectRenderer<CustomContainer>
{
    // Markdig's renderer keeps no state between calls, so one instance serves every document.
    private static readonly HtmlCustomContainerRenderer PlainContainer = new();

    protected override void Write(HtmlRenderer renderer, CustomContainer container)
    {
        if (container.Info is not { } kind || !CalloutExtension.Kinds.TryGetValue(kind, out var title))
        {
            PlainContainer.Write(renderer, container);
            return;
        }
        var heading = string.IsNullOrWhiteSpace(container.Arguments) ? titleOf?.Invoke(kind.ToLowerInvariant()) ?? title : container.Arguments!.Trim();
        renderer.EnsureLine();
        if (renderer.EnableHtmlForBlock)
        {
            renderer.Write("<aside class=\"callout callout-").WriteEscape(kind.ToLowerInvariant()).Write("\">");
            renderer.Write("<h2 class=\"callout-title\">").WriteEscape(heading).WriteLine("</h2>");
        }
        renderer.WriteChildren(container);
        if (renderer.EnableHtmlForBlock) renderer.WriteLine("</aside>");
    }
}
