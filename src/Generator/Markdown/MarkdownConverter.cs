using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Generator.Markdown;

internal sealed record TocEntry(int Level, string Id, string Text);

/// <summary>
/// The Markdown stage: one Markdig pipeline per build (Markdig pipelines are thread-safe once built), shared by every
/// article, glossary term and page.
/// </summary>
internal sealed class MarkdownConverter
{
    private readonly MarkdownPipeline pipeline;

    /// <summary>Markdig's auto-identifiers without their ASCII-only default (see the constructor).</summary>
    private const AutoIdentifierOptions HeadingIds = AutoIdentifierOptions.AutoLink;

    public MarkdownConverter(string basePath, IEnumerable<IMarkdownExtension>? extraExtensions = null,
        Func<string, (int Width, int Height)?>? imageSize = null, Func<string, string?>? calloutTitle = null, Func<string, string?>? srcset = null,
        IEnumerable<string>? themeIds = null, Func<string, string?>? interfaceString = null)
    {
        var builder = new MarkdownPipelineBuilder().UseAdvancedExtensions();
        // Heading ids keep the letters and digits of every script, as GitHub and Hugo do: a Chinese heading gets
        // id="为什么重要", not Markdig's ASCII-only default "section". ASCII headings get the ids they always had.
        builder.Extensions.Replace<AutoIdentifierExtension>(new AutoIdentifierExtension(HeadingIds));
        builder.Extensions.AddIfNotAlready(new RootRelativeLinkExtension(basePath));
        builder.Extensions.AddIfNotAlready(new CalloutExtension(calloutTitle));
        HeadingIdExtension.AddTo(builder, HeadingIds);
        builder.Extensions.AddIfNotAlready(new HeadingAnchorExtension(themeIds, interfaceString?.Invoke("heading_anchor") ?? HeadingAnchorExtension.EnglishName));
        builder.Extensions.AddIfNotAlready<UnsafeContentExtension>();
        builder.Extensions.Add(new ImageLoadingExtension(basePath, imageSize ?? (_ => null), srcset));
        builder.Extensions.AddIfNotAlready<TableCaptionExtension>();
        builder.Extensions.AddIfNotAlready(new ScrollableTableExtension(interfaceString?.Invoke("table") ?? "Table"));
        foreach (var extension in extraExtensions ?? []) builder.Extensions.Add(extension);
        builder.Extensions.AddIfNotAlready<InlineLimitExtension>(); // last: it watches every block parser
        pipeline = builder.Build();
    }

    public MarkdownPipeline Pipeline => pipeline;

    public RenderedMarkdown Convert(string markdown, MarkdownParserContext? context = null)
    {
        // Markdig's work on some inputs grows with the square (or cube) of their size: limits first, on the text, then
        // between its block and inline passes (InlineLimitExtension, which throws out of the parse).
        if (SourceScan.Check(markdown) is { } passed) return RenderedMarkdown.Refused(passed);
        MarkdownDocument document;
        try
        {
            document = Markdig.Markdown.Parse(markdown, pipeline, context);
        }
        catch (MarkdownLimitException e)
        {
            return RenderedMarkdown.Refused(e.Issue);
        }
        catch (ArgumentException e) when (e.Message.Contains("depth limit", StringComparison.Ordinal))
        {
            return NestingDepth.TooDeep(0, "Markdown elements (quotes, lists, brackets) are nested too deeply for Markdig");
        }
        // Markdig renders (and the theme's checkers parse) nested elements recursively: refuse depth before rendering.
        if (NestingDepth.Of(document) is var (depth, deepest) && depth > NestingDepth.Max)
            return NestingDepth.TooDeep(deepest.Line, $"Markdown elements are nested {depth} levels deep; the limit is {NestingDepth.Max}");
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        var html = writer.ToString();
        var issues = MarkdownIssues.Of(document).ToList();
        if (NestingDepth.OfHtml(html) > NestingDepth.Max)
            return NestingDepth.TooDeep(0, $"HTML in this body is nested more than {NestingDepth.Max} elements deep (are tags left unclosed?)");
        if (issues.Count == 0 && Content.XmlChars.IndexOfInvalid(html) is var bad and >= 0)
            issues.Add(new MarkdownIssue(0, 0, Severity.Error, DiagnosticCodes.InvalidCharacter, Content.XmlChars.Describe(html[bad])));
        return new RenderedMarkdown(html, ReadingStats.Of(document), Headings(document)) { Issues = issues };
    }

    private static List<TocEntry> Headings(MarkdownDocument document)
    {
        var result = new List<TocEntry>();
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            var id = heading.GetAttributes().Id;
            if (id is null || heading.Inline is null) continue;
            result.Add(new TocEntry(heading.Level, id, PlainText(heading.Inline)));
        }
        return result;
    }

    private static string PlainText(Markdig.Syntax.Inlines.ContainerInline container)
    {
        var builder = new System.Text.StringBuilder();
        foreach (var inline in container.Descendants<Markdig.Syntax.Inlines.Inline>())
        {
            if (inline is Markdig.Syntax.Inlines.LiteralInline literal) builder.Append(literal.Content.AsSpan());
            else if (inline is Markdig.Syntax.Inlines.CodeInline code) builder.Append(code.Content);
        }
        return builder.ToString();
    }
}
