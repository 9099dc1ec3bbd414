using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Generator.Markdown;

/// <summary>
/// Authors link to other pages as <c>/posts/other/</c>; on a site served under a path (GitHub Pages project sites)
/// those links must carry the base path. Rewrites link and image URLs on the syntax tree after parsing.
/// </summary>
public sealed class RootRelativeLinkExtension(string basePath) : IMarkdownExtension
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
    }

    /// <summary>"/x" is root-relative; "//host/x" is protocol-relative and left alone.</summary>
    public static bool IsRootRelative(string url) => url.Length > 0 && url[0] == '/' && (url.Length == 1 || url[1] != '/');

    /// <summary>Idempotent: a URL that already starts with the base path is not prefixed twice.</summary>
    public static string Prefix(string basePath, string url) =>
        url.StartsWith(basePath, StringComparison.Ordinal) || url + "/" == basePath ? url : basePath + url[1..];
}
