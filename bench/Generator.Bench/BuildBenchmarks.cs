using BenchmarkDotNet.Attributes;

namespace Generator.Bench;

/// <summary>
/// Whole builds of generated sites, in memory (nothing written) and to disk: the numbers the performance targets
/// (and any comparison with Hugo) are stated in.
/// </summary>
[MemoryDiagnoser]
public class BuildBenchmarks
{
    private SyntheticSite site = null!;

    [Params(1_000, 10_000)]
    public int Posts { get; set; }

    [GlobalSetup]
    public void Setup() => site = new SyntheticSite(Posts);

    [GlobalCleanup]
    public void Cleanup() => site.Dispose();

    [Benchmark]
    public int BuildInMemory() => SiteBuild.InMemory(site.Options).Files.Count;

    [Benchmark]
    public int BuildToDisk() => SiteBuild.Write(site.Options).Paths.Count;
}
