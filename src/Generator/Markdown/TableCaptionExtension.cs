using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Helpers;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Generator.Markdown;

/// <summary>
/// A table's caption, written as Pandoc writes it: a paragraph beginning <c>Table:</c> (or <c>table:</c>) right after
/// the table, or right before it. The paragraph leaves the document and its inlines (emphasis, links, glossary terms)
/// become the table's <c>&lt;caption&gt;</c>, which screen readers announce as the table's name.
/// <see cref="ScrollableTableExtension"/> writes it as the table's first child.
/// </summary>
internal sealed class TableCaptionExtension : IMarkdownExtension
{
    private static readonly object CaptionKey = typeof(TableCaptionExtension);

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.DocumentProcessed -= TakeCaptions;
        pipeline.DocumentProcessed += TakeCaptions;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    /// <summary>The caption's inlines, or null when the table has none.</summary>
    public static ContainerInline? CaptionOf(Table table) => table.GetData(CaptionKey) as ContainerInline;

    private static void TakeCaptions(MarkdownDocument document)
    {
        foreach (var table in document.Descendants<Table>().ToList())
        {
            if (table.Parent is not { } parent) continue;
            var at = parent.IndexOf(table);
            var caption = CaptionAt(parent, at + 1) ?? CaptionAt(parent, at - 1);
            if (caption is null) continue;
            parent.Remove(caption);
            table.SetData(CaptionKey, caption.Inline!);
        }
    }

    /// <summary>The paragraph at <paramref name="index"/> when it is a caption, its <c>Table:</c> already cut off.</summary>
    private static ParagraphBlock? CaptionAt(ContainerBlock parent, int index)
    {
        if (index < 0 || index >= parent.Count || parent[index] is not ParagraphBlock { Inline.FirstChild: LiteralInline first } paragraph)
            return null;
        var text = first.Content;
        if (!StartsWithLabel(text)) return null;
        text.Start += Label.Length;
        text.TrimStart();
        if (text.IsEmpty && first.NextSibling is null) return null; // "Table:" alone captions nothing
        if (text.IsEmpty) first.Remove();
        else first.Content = text;
        return paragraph;
    }

    private const string Label = "Table:";

    private static bool StartsWithLabel(StringSlice text) =>
        text.Length >= Label.Length && (text.Match(Label) || text.Match("table:"));
}
