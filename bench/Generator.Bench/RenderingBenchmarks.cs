using BenchmarkDotNet.Attributes;
using Generator.Rendering;

namespace Generator.Bench;

/// <summary>
/// The Rendering stage alone: every page of a 1,000-post site through its template and the layout. Everything
/// before Rendering (content, glossary, Markdown, site model) runs once in setup, so a template-engine change shows
/// here undiluted.
/// </summary>
[MemoryDiagnoser, MedianColumn]
public class RenderingBenchmarks
{
    private SyntheticSite site = null!;
    private RenderInputs inputs = null!;

    [Params(1_000)]
    public int Posts { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        site = new SyntheticSite(Posts);
        // The build hands its Rendering stage the prepared inputs; keep them and render nothing here.
        var result = SiteBuild.Run(site.Options, write: false, render: prepared => { inputs = prepared; return []; });
        if (!result.Succeeded) throw new InvalidOperationException("the generated site does not build");
    }

    [GlobalCleanup]
    public void Cleanup() => site.Dispose();

    [Benchmark]
    public int RenderAll() => inputs.RenderAll().Count;
}
