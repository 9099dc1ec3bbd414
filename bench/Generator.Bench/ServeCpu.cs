using System.Diagnostics;
using Generator.Serve;

namespace Generator.Bench;

/// <summary>
/// serve's rebuild after saving one post, timed by CPU time as well as wall time (on a shared machine other processes
/// stretch wall time; the CPU this process spends stays comparable), with the garbage collections each rebuild caused.
/// Builds the site at DIR once, then appends a sentence to its newest post N times, rebuilding after each; prints the
/// medians of the last half (the first saves run code the JIT has not optimised yet). With <c>frontMatter</c>, each
/// save changes the post's summary instead, which takes the full rebuild rather than serve's fast path.
/// </summary>
public static class ServeCpu
{
    public static int Run(string root, int saves, bool frontMatter = false)
    {
        var rebuilder = new SiteRebuilder(new ServeOptions(root));
        var first = rebuilder.Rebuild([]);
        if (!first.Succeeded) return 1;
        var post = SyntheticSite.NewestPost(root);
        var changed = Path.GetRelativePath(root, post).Replace('\\', '/');
        var process = Process.GetCurrentProcess();
        var (cpu, wall, gen0, gen1, gen2, fast) = (new List<double>(), new List<double>(), 0, 0, 0, 0);
        for (var i = 0; i < saves; i++)
        {
            if (frontMatter) File.WriteAllText(post, SummaryEdited(File.ReadAllText(post), i));
            else SyntheticSite.Edit(post, i);
            process.Refresh();
            var (cpuBefore, counts) = (process.TotalProcessorTime, (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)));
            var clock = Stopwatch.StartNew();
            var outcome = rebuilder.Rebuild([changed]);
            clock.Stop();
            process.Refresh();
            if (!outcome.Succeeded) return 1;
            if (i < saves / 2) continue;
            cpu.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
            wall.Add(clock.Elapsed.TotalMilliseconds);
            (gen0, gen1, gen2) = (gen0 + GC.CollectionCount(0) - counts.Item1, gen1 + GC.CollectionCount(1) - counts.Item2, gen2 + GC.CollectionCount(2) - counts.Item3);
            if (outcome.OnlyBodiesChanged) fast++;
        }
        static string SummaryEdited(string text, int edit)
        {
            var at = text.IndexOf("\nsummary: ", StringComparison.Ordinal) + 1;
            var end = text.IndexOf('\n', at);
            return at == 0 ? throw new InvalidOperationException("the post has no summary") : text[..at] + $"summary: \"Edit {edit}.\"" + text[end..];
        }
        static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
        Console.WriteLine($"serve-cpu {first.PageCount} pages: first build {first.Elapsed.TotalSeconds:F1} s; per save (median of the last {cpu.Count}): "
            + $"cpu {Median(cpu):F0} ms, wall {Median(wall):F0} ms; {fast} patched, GCs gen0/1/2 {gen0}/{gen1}/{gen2}");
        return 0;
    }
}
