using System.Text;
using Scriban;
using Scriban.Runtime;

namespace Generator.Rendering;

/// <summary>
/// The page template's output on its way into the layout (<c>{{ content }}</c>): HTML, like <see cref="HtmlString"/>,
/// but still in the worker's buffer. Written by the layout, it is copied straight into the page, so a page's body never
/// becomes a string of its own: on a 1,000-post site that was about a quarter of what the Rendering stage allocated.
/// Valid only while the page it belongs to renders (the buffer is the worker's, reused for the next page).
/// </summary>
internal sealed class HtmlBuffer(StringBuilder buffer)
{
    public int Length => buffer.Length;

    /// <summary>Appends the HTML to the context's output as it is (no escaping: it was escaped as it was rendered).</summary>
    public void WriteTo(TemplateContext context)
    {
        if (context.Output is StringBuilderOutput output) output.Builder.Append(buffer);
        else context.Write(buffer.ToString());
    }

    /// <summary>The HTML as text, for a template that pipes <c>content</c> through a string function.</summary>
    public override string ToString() => buffer.ToString();
}
