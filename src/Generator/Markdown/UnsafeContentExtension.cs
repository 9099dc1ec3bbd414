using Generator.Content;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Generator.Markdown;

/// <summary>
/// Links and images to <c>javascript:</c>, <c>vbscript:</c> or <c>data:</c> URLs are dropped (their text stays) with a
/// warning; an entity such as <c>&amp;#1;</c> that stands for a character XML cannot hold is an error, as the
/// character itself is (<see cref="XmlChars"/>). Raw HTML is left alone: authors are trusted.
/// </summary>
internal sealed class UnsafeContentExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.DocumentProcessed -= Inspect;
        pipeline.DocumentProcessed += Inspect;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static void Inspect(MarkdownDocument document)
    {
        foreach (var inline in document.Descendants<Inline>().ToList())
        {
            switch (inline)
            {
                case LinkInline link when UrlSafety.IsUnsafe(link.Url):
                    MarkdownIssues.Add(link, document, Severity.Warning, DiagnosticCodes.UnsafeUrl,
                        (link.IsImage ? "image dropped: " : "link dropped, its text kept: ") + UrlSafety.Message(link.Url!));
                    Unwrap(link);
                    break;
                case AutolinkInline autolink when UrlSafety.IsUnsafe(autolink.Url):
                    MarkdownIssues.Add(autolink, document, Severity.Warning, DiagnosticCodes.UnsafeUrl, "link dropped: " + UrlSafety.Message(autolink.Url));
                    autolink.ReplaceBy(new LiteralInline(autolink.Url));
                    break;
                case HtmlEntityInline entity when XmlChars.IndexOfInvalid(entity.Transcoded.ToString()) is var i and >= 0:
                    MarkdownIssues.Add(entity, document, Severity.Error, DiagnosticCodes.InvalidCharacter,
                        $"the entity '{entity.Original}' stands for a control character: " + XmlChars.Describe(entity.Transcoded.ToString()[i]));
                    break;
            }
        }
    }

    /// <summary>Replaces a link by its children, so "[click](javascript:…)" reads as "click".</summary>
    private static void Unwrap(LinkInline link)
    {
        var children = link.ToList();
        foreach (var child in children)
        {
            child.Remove();
            link.InsertBefore(child);
        }
        link.Remove();
    }
}
