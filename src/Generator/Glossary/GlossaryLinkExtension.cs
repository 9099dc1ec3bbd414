using Generator.Site;
using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Generator.Glossary;

/// <summary>
/// The Markdig extension that links glossary terms on the syntax tree, in the manner of Markdig's own Abbreviations:
/// once every inline of a document is parsed (so emphasis and links are resolved), <see cref="GlossaryLinker"/> splits
/// literals around matches and inserts <see cref="GlossaryLinkInline"/>s, which <see cref="HtmlGlossaryLinkRenderer"/>
/// writes. The extension itself holds only build-wide, immutable things; a document's state comes from the
/// <see cref="GlossaryLinkSession"/> in its parser context.
/// </summary>
internal sealed class GlossaryLinkExtension(TermMatcher matcher, IReadOnlySet<string> termSlugs, SiteUrls urls) : IMarkdownExtension
{
    private static readonly object SubscribedKey = new();

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        // Markdig has no per-document hook that sees the parser context, except through a parser. Every document
        // with text to link has a paragraph, and a closing paragraph's processor knows the document and context.
        if (pipeline.BlockParsers.FindExact<ParagraphBlockParser>() is not { } paragraphs) return;
        paragraphs.Closed -= SubscribeDocument;
        paragraphs.Closed += SubscribeDocument;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<HtmlGlossaryLinkRenderer>())
            html.ObjectRenderers.Insert(0, new HtmlGlossaryLinkRenderer(urls));
    }

    private void SubscribeDocument(BlockProcessor processor, Block block)
    {
        var document = processor.Document;
        if (document.GetData(SubscribedKey) is not null || GlossaryLinkSession.From(processor.Context) is null) return;
        document.SetData(SubscribedKey, SubscribedKey);
        document.ProcessInlinesEnd += LinkDocument;
    }

    private void LinkDocument(InlineProcessor processor, Inline? inline)
    {
        processor.Document.ProcessInlinesEnd -= LinkDocument;
        if (GlossaryLinkSession.From(processor.Context) is { } session)
            new GlossaryLinker(matcher, new GlossaryUrlReader(urls.BasePath, termSlugs, urls.LanguagePath[urls.BasePath.Length..]), session).Link(processor.Document);
    }
}
