using BenchmarkDotNet.Running;
using Generator.Bench;
using Generator.Bench.Corpus;

// Benchmarks:  dotnet run -c Release --project bench/Generator.Bench -- --filter '*'   (a quick look: add --job short)
// The corpus:  dotnet run -c Release --project bench/Generator.Bench -- corpus --posts 1000 --terms 200 --seed 1 --out DIR
//              writes DIR/site (our format) and DIR/hugo (the same content as a Hugo site); bench/run uses it.
if (args is ["corpus", .. var options])
{
    string Option(string name, string fallback)
    {
        var at = Array.IndexOf(options, name);
        return at >= 0 && at + 1 < options.Length ? options[at + 1] : fallback;
    }
    var output = Option("--out", "");
    if (output == "")
    {
        Console.Error.WriteLine("usage: corpus --posts N --terms G [--seed S] --out DIR");
        return 2;
    }
    var corpus = new NewsCorpus(int.Parse(Option("--posts", "1000")), int.Parse(Option("--terms", "200")), int.Parse(Option("--seed", "1")));
    CorpusWriter.Write(corpus, Path.GetFullPath(output), SyntheticSite.RepositoryRoot());
    Console.WriteLine($"Wrote {corpus.Posts.Count} posts and {corpus.Terms.Count} glossary terms to {output}/site and {output}/hugo");
    return 0;
}
// CPU time of the Rendering stage (less disturbed by other processes than wall time); RENDER_RUNS sets the runs.
if (args is ["render-cpu", ..]) return RenderCpu.Run(args.Length > 1 ? int.Parse(args[1]) : 1000);
// What the Rendering stage allocates, by type.
if (args is ["render-allocations", ..]) return RenderAllocations.Run(args.Length > 1 ? int.Parse(args[1]) : 1000);
// CPU time of one social card (draw + PNG encode) on one thread.
if (args is ["cards-cpu", ..]) return CardsCpu.Run(args.Length > 1 ? int.Parse(args[1]) : 300);
// serve's rebuild after saving one post, in CPU time: serve-cpu DIR [SAVES] [--front-matter] (DIR: a corpus's site/ folder, edited in place).
if (args is ["serve-cpu", var site, ..])
    return ServeCpu.Run(site, args.Length > 2 && int.TryParse(args[2], out var saves) ? saves : 40, args.Contains("--front-matter"));
// CPU time of Markdown + Glossary with 20 and 2,000 terms, alternating: glossary-cpu [posts] [runs].
if (args is ["glossary-cpu", ..]) return GlossaryCpu.Run(args.Length > 1 ? int.Parse(args[1]) : 1000, args.Length > 2 ? int.Parse(args[2]) : 9);
// How long the build record (.cache/build/record) takes to load: record-load FILE [RUNS].
if (args is ["record-load", var recordFile, ..]) return RecordLoad.Run(recordFile, args.Length > 2 ? int.Parse(args[2]) : 11);
BenchmarkSwitcher.FromAssembly(typeof(BuildBenchmarks).Assembly).Run(args);
return 0;
