using BenchmarkDotNet.Attributes;
using Generator.Serve;

namespace Generator.Bench;

/// <summary>
/// serve's rebuild after one post was saved: from the changed file to the new site in memory, ready for the reload
/// event (the watcher's batching window and the server-sent event come on top: <see cref="ServeReloadBenchmarks"/>).
/// Each iteration edits the newest post's body, as an author saving their work does.
/// </summary>
[Config(typeof(ServeConfig)), MemoryDiagnoser]
public class ServeRebuildBenchmarks
{
    private SyntheticSite site = null!;
    private SiteRebuilder rebuilder = null!;
    private string post = null!;
    private int edits;

    [Params(1_000, 10_000)]
    public int Posts { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        site = new SyntheticSite(Posts);
        rebuilder = new SiteRebuilder(new ServeOptions(site.Root));
        if (!rebuilder.Rebuild([]).Succeeded) throw new InvalidOperationException("the generated site does not build");
        post = SyntheticSite.NewestPost(site.Root);
    }

    [GlobalCleanup]
    public void Cleanup() => site.Dispose();

    [IterationSetup]
    public void EditOnePost() => SyntheticSite.Edit(post, ++edits);

    [Benchmark]
    public int RebuildAfterSavingOnePost() =>
        rebuilder.Rebuild([Path.GetRelativePath(site.Root, post).Replace('\\', '/')]).RerenderedUrls.Count;
}
