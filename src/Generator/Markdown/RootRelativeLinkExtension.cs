using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Generator.Markdown;

/// <summary>
/// Authors link to other pages as <c>/posts/other/</c>; on a site served under a path (GitHub Pages project sites)
/// those links must carry the base path. Rewrites link and image URLs on the syntax tree after parsing, and the
/// <c>href</c>/<c>src</c> attributes of raw HTML nodes in that tree (an author's <c>&lt;a href="/posts/x/"&gt;</c>).
/// </summary>
internal sealed partial class RootRelativeLinkExtension(string basePath) : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.DocumentProcessed -= Rewrite;
        pipeline.DocumentProcessed += Rewrite;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private void Rewrite(MarkdownDocument document)
    {
        if (basePath == "/") return;
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (link.Url is { } url && IsRootRelative(url)) link.Url = Prefix(basePath, url);
        }
        foreach (var definition in document.Descendants<LinkReferenceDefinition>())
        {
            if (definition.Url is { } url && IsRootRelative(url)) definition.Url = Prefix(basePath, url);
        }
        foreach (var html in document.Descendants<HtmlInline>())
        {
            if (html.Tag is { } tag) html.Tag = PrefixAttributes(basePath, tag);
        }
        foreach (var block in document.Descendants<HtmlBlock>())
        {
            var lines = block.Lines.Lines;
            for (var i = 0; i < block.Lines.Count; i++)
            {
                var text = lines[i].Slice.ToString();
                var rewritten = PrefixAttributes(basePath, text);
                if (!ReferenceEquals(text, rewritten) && text != rewritten) lines[i].Slice = new Markdig.Helpers.StringSlice(rewritten);
            }
        }
    }

    /// <summary>Prefixes root-relative <c>href</c> and <c>src</c> values inside one piece of raw HTML.</summary>
    public static string PrefixAttributes(string basePath, string html)
    {
        if (basePath == "/" || !html.Contains('/')) return html;
        return UrlAttribute().Replace(html, m => m.Groups["lead"].Value + Prefix(basePath, m.Groups["url"].Value));
    }

    [System.Text.RegularExpressions.GeneratedRegex("""(?<lead>\s(?:href|src)\s*=\s*["']?)(?<url>/(?!/)[^"'\s>]*)""",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex UrlAttribute();

    /// <summary>"/x" is root-relative; "//host/x" is protocol-relative and left alone.</summary>
    public static bool IsRootRelative(string url) => url.Length > 0 && url[0] == '/' && (url.Length == 1 || url[1] != '/');

    /// <summary>Idempotent: a URL that already starts with the base path is not prefixed twice.</summary>
    public static string Prefix(string basePath, string url) =>
        url.StartsWith(basePath, StringComparison.Ordinal) || url + "/" == basePath ? url : basePath + url[1..];
}
