using BenchmarkDotNet.Attributes;
using Generator.Content;
using Generator.Output;
using Generator.Site;

namespace Generator.Bench;

/// <summary>
/// One benchmark per pipeline stage after Markdown, on a prepared 1,000-post site, so a regression shows where it
/// is. Markdown + glossary is in <see cref="MarkdownGlossaryBenchmarks"/>, rendering in <see cref="RenderingBenchmarks"/>.
/// </summary>
[MemoryDiagnoser, MedianColumn]
public class StageBenchmarks
{
    private PreparedSite prepared = null!;

    [Params(1_000)]
    public int Posts { get; set; }

    [GlobalSetup]
    public void Setup() => prepared = new PreparedSite(Posts);

    [GlobalCleanup]
    public void Cleanup() => prepared.Dispose();

    /// <summary>Reading and checking every content file (UTF-8, front matter, YAML, cross-file rules).</summary>
    [Benchmark]
    public int Load() => ContentLoader.Load(prepared.Site.Root, null, new DiagnosticBag())!.Posts.Count;

    [Benchmark]
    public int RelatedReading() => RelatedPosts.For(prepared.Inputs.Site.Posts).Count;

    /// <summary>Atom, RSS and JSON Feed for the site, an Atom feed per tag and category.</summary>
    [Benchmark]
    public int Feeds() => FeedWriter.All(prepared.Inputs.Site).Count;

    [Benchmark]
    public int SearchIndexJson() => SearchIndex.Write(prepared.Inputs.Site).Content.Length;

    /// <summary>Every output file into a staging folder, then the swap; the output folder exists from the second call on.</summary>
    [Benchmark]
    public int Write()
    {
        // What a build that writes does with its files (SiteBuild.Write streams them in as they are made).
        using var staging = StagingFolder.Open(prepared.Site.Options.OutputFolder, prepared.Content.StaticFiles);
        staging.Commit(prepared.Files, prepared.Inputs.Assets, []);
        return prepared.Files.Count;
    }
}
