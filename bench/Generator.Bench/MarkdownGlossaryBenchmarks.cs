using BenchmarkDotNet.Attributes;
using Generator.Content;
using Generator.Glossary;
using Generator.Markdown;
using Generator.Site;

namespace Generator.Bench;

/// <summary>
/// The Markdown + Glossary stages for every post of a 1,000-post site, with 20 and with 2,000 glossary terms (the
/// same number of term mentions per post either way): what a big glossary costs. One thread, as steady as this
/// shared machine allows; the build runs the same work across both cores.
/// </summary>
[MemoryDiagnoser, MedianColumn]
public class MarkdownGlossaryBenchmarks
{
    private SyntheticSite site = null!;
    private ContentSet content = null!;

    [Params(1_000)]
    public int Posts { get; set; }

    [Params(20, 2_000)]
    public int Terms { get; set; }

    private GlossaryIndex built = null!;
    private MarkdownConverter builtMarkdown = null!;

    [GlobalSetup]
    public void Setup()
    {
        site = new SyntheticSite(Posts, Terms);
        content = ContentLoader.Load(site.Root, null, new DiagnosticBag())!;
        (built, builtMarkdown) = Pipeline();
    }

    [GlobalCleanup]
    public void Cleanup() => site.Dispose();

    /// <summary>Building the term matcher and the pipeline, then converting every post.</summary>
    [Benchmark]
    public int ConvertPosts()
    {
        var (glossary, markdown) = Pipeline();
        return Convert(glossary, markdown);
    }

    /// <summary>Converting every post with the glossary and pipeline built once, as a build does: without a fresh
    /// 2,000-term glossary per operation to promote out of gen 0 (see bench/README.md).</summary>
    [Benchmark]
    public int ConvertPostsWithBuiltGlossary() => Convert(built, builtMarkdown);

    private (GlossaryIndex, MarkdownConverter) Pipeline()
    {
        var glossary = GlossaryIndex.Build(content.Terms, new DiagnosticBag());
        var urls = new SiteUrls(content.Config.BaseUrl);
        return (glossary, new MarkdownConverter(urls.BasePath, glossary.Extensions(urls), content.StaticFiles.ImageSize));
    }

    private int Convert(GlossaryIndex glossary, MarkdownConverter markdown)
    {
        var length = 0;
        foreach (var post in content.Posts) length += RenderedDocuments.Article(markdown, post).Content.Html.Length;
        return length;
    }
}
