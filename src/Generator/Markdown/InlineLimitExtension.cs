using System.Buffers;
using System.Runtime.CompilerServices;
using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Generator.Markdown;

/// <summary>
/// Checks the inline limits of <see cref="MarkdownLimits"/> between Markdig's two passes: once every block is known
/// (so code blocks are left out) and before any inline is parsed, which is where Markdig's superlinear work lies. A
/// limit passed throws <see cref="MarkdownLimitException"/> out of the parse.
/// </summary>
internal sealed class InlineLimitExtension : IMarkdownExtension
{
    private static readonly object Key = typeof(InlineLimitExtension);

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        // A document has no event of its own before its blocks are parsed: the first block to close subscribes it.
        foreach (var parser in pipeline.BlockParsers)
        {
            parser.Closed -= BlockClosed;
            parser.Closed += BlockClosed;
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    /// <summary>Subscribes the document at its first block; counts headings as they close, so that 80,000 of them
    /// stop at the 1,001st rather than after the whole block pass.</summary>
    private static void BlockClosed(BlockProcessor processor, Block block)
    {
        var document = processor.Document;
        if (document.GetData(Key) is not Counter headings)
        {
            document.SetData(Key, headings = new Counter());
            document.ProcessInlinesBegin += Check;
        }
        if (block is HeadingBlock && ++headings.Value > MarkdownLimits.Headings)
            throw new MarkdownLimitException(MarkdownLimits.Passed(block.Line, block.Column, $"more than {MarkdownLimits.Headings:N0} headings in this body"));
    }

    private static void Check(InlineProcessor processor, Inline? inline)
    {
        var (opening, counted) = Characters.GetValue(processor.Parsers, OpeningCharacters);
        var scan = new InlineScan(opening, counted);
        foreach (var leaf in processor.Document.Descendants<LeafBlock>())
        {
            if (leaf.ProcessInlines && leaf.Lines.Count > 0 && scan.Leaf(leaf.Lines) is { } issue) throw new MarkdownLimitException(issue);
        }
    }

    private sealed class Counter
    {
        public int Value;
    }

    /// <summary>Per pipeline (whose parser list is built once): the opening characters and all that the scan counts.</summary>
    private static readonly ConditionalWeakTable<InlineParserList, Tuple<bool[], SearchValues<char>>> Characters = new();

    /// <summary>Which ASCII characters start an inline element, per the pipeline's inline parsers (letters and digits,
    /// which start autolinks such as "www.", are ordinary text for counting), and every character the scan looks at.</summary>
    private static Tuple<bool[], SearchValues<char>> OpeningCharacters(InlineParserList parsers)
    {
        var opening = new bool[128];
        for (var c = 0; c < opening.Length; c++)
            opening[c] = !char.IsAsciiLetterOrDigit((char)c) && c != '\n' && parsers.GetParsersForOpeningCharacter((uint)c) is { Length: > 0 };
        var counted = InlineScan.Counted.Concat(Enumerable.Range(0, 128).Where(c => opening[c]).Select(c => (char)c)).Distinct();
        return Tuple.Create(opening, SearchValues.Create([.. counted]));
    }
}
