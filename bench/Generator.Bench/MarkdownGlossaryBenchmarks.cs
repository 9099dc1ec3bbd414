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

    [GlobalSetup]
    public void Setup()
    {
        site = new SyntheticSite(Posts, Terms);
        content = ContentLoader.Load(site.Root, null, new DiagnosticBag())!;
    }

    [GlobalCleanup]
    public void Cleanup() => site.Dispose();

    /// <summary>Building the term matcher and the pipeline, then converting every post.</summary>
    [Benchmark]
    public int ConvertPosts()
    {
        var glossary = GlossaryIndex.Build(content.Terms, new DiagnosticBag());
        var urls = new SiteUrls(content.Config.BaseUrl);
        var markdown = new MarkdownConverter(urls.BasePath, glossary.Extensions(urls), content.StaticFiles.ImageSize);
        var length = 0;
        foreach (var post in content.Posts) length += glossary.RenderArticle(markdown, post).Content.Html.Length;
        return length;
    }
}
