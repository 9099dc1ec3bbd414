using BenchmarkDotNet.Attributes;

namespace Generator.Bench;

/// <summary>
/// The Rendering stage alone: every page of a 1,000-post site through its template and the layout
/// (<c>RenderInputs.RenderAll()</c>). Everything before Rendering runs once in setup, so a template-engine change
/// shows here undiluted.
/// </summary>
[MemoryDiagnoser, MedianColumn]
public class RenderingBenchmarks
{
    private PreparedSite prepared = null!;

    [Params(1_000)]
    public int Posts { get; set; }

    [GlobalSetup]
    public void Setup() => prepared = new PreparedSite(Posts);

    [GlobalCleanup]
    public void Cleanup() => prepared.Dispose();

    [Benchmark]
    public int RenderAll() => prepared.Inputs.RenderAll().Count;
}
