using System.Text;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Generator.Markdown;

/// <summary>
/// Gives headings the ids Markdig's auto-identifiers would ("why-it-matters", then "why-it-matters-1", "-2" … for
/// duplicates), in linear time. Markdig tries "-1", "-2" … from the start for every duplicate, so 20,000 headings
/// "## h" took 20 s. Registered ahead of Markdig's extension (<see cref="AddTo"/>), whose handler leaves a heading
/// alone once it has an id; Markdig still registers the headings as link targets (<c>[Why it matters]</c>). Given the
/// options that extension was made with, so both read a heading's text alike (ASCII only, or every script's letters).
/// </summary>
internal sealed class HeadingIdExtension(AutoIdentifierOptions options) : IMarkdownExtension
{
    private static readonly object Key = typeof(HeadingIdExtension);

    private readonly bool onlyAscii = options.HasFlag(AutoIdentifierOptions.AllowOnlyAscii);

    /// <summary>Adds the extension so that its hooks run before <see cref="AutoIdentifierExtension"/>'s, which must
    /// have been made with <paramref name="options"/>.</summary>
    public static void AddTo(MarkdownPipelineBuilder builder, AutoIdentifierOptions options)
    {
        if (builder.Extensions.Contains<HeadingIdExtension>()) return;
        if (!builder.Extensions.InsertBefore<AutoIdentifierExtension>(new HeadingIdExtension(options)))
            builder.Extensions.Add(new HeadingIdExtension(options));
    }

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        // Setext headings ("Title\n=====") start as paragraphs, so Markdig hooks the paragraph parser too.
        foreach (var parser in new BlockParser?[] { pipeline.BlockParsers.Find<HeadingBlockParser>(), pipeline.BlockParsers.FindExact<ParagraphBlockParser>() })
        {
            if (parser is null) continue;
            parser.Closed -= HeadingClosed;
            parser.Closed += HeadingClosed;
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private void HeadingClosed(BlockProcessor processor, Block block)
    {
        if (block is HeadingBlock heading) heading.ProcessInlinesEnd += AssignId;
    }

    /// <summary>Once the heading's inlines are parsed: its text as Markdig's auto-identifiers read it, numbered.</summary>
    private void AssignId(InlineProcessor processor, Inline? inline)
    {
        if (processor.Block is not HeadingBlock { Inline: { } content } heading) return;
        var attributes = heading.GetAttributes();
        if (attributes.Id is not null) return; // an explicit {#id}: Markdig does not count it either
        if (processor.Document.GetData(Key) is not HeadingIds ids) processor.Document.SetData(Key, ids = new HeadingIds());
        attributes.Id = ids.Claim(HeadingIds.BaseId(content, onlyAscii));
    }

    /// <summary>The ids given so far in one document, and for each base id the next number to try.</summary>
    private sealed class HeadingIds
    {
        private readonly HashSet<string> taken = new(StringComparer.Ordinal);
        private readonly Dictionary<string, uint> next = new(StringComparer.Ordinal);

        /// <summary>As Markdig: the heading rendered without tags (link text kept), "section" if empty. Plain
        /// text is its literals as written; anything else goes through a fresh renderer each time, as Markdig resets its
        /// own (a renderer remembers where its last line ended).</summary>
        public static string BaseId(ContainerInline content, bool onlyAscii)
        {
            var id = LinkHelper.Urilize(PlainText(content) ?? Rendered(content), onlyAscii);
            return id.Length == 0 ? "section" : id;
        }

        private static string? PlainText(ContainerInline content)
        {
            var text = new StringBuilder();
            for (var inline = content.FirstChild; inline is not null; inline = inline.NextSibling)
            {
                if (inline is not LiteralInline literal) return null;
                text.Append(literal.Content.AsSpan());
            }
            return text.ToString();
        }

        private static string Rendered(ContainerInline content)
        {
            using var text = new StringWriter();
            new HtmlRenderer(text) { EnableHtmlForInline = false, EnableHtmlEscape = false }.Render(content);
            return text.ToString();
        }

        /// <summary>The first of "id", "id-1", "id-2" … not taken. Markdig's answer too, since ids are only ever added:
        /// every number below the one remembered for this base was taken when it was tried, and still is.</summary>
        public string Claim(string id)
        {
            if (taken.Add(id)) return id;
            next.TryGetValue(id, out var n);
            string candidate;
            do candidate = id + "-" + (++n).ToString(System.Globalization.CultureInfo.InvariantCulture);
            while (!taken.Add(candidate));
            next[id] = n;
            return candidate;
        }
    }
}
