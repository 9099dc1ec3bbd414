using Generator.Content;
using Generator.Glossary;
using Generator.Markdown;
using Generator.Site;

namespace Generator.Bench;

/// <summary>
/// The Markdown + Glossary stage (what <see cref="MarkdownGlossaryBenchmarks"/> runs) timed by this thread's CPU time,
/// so other processes of a shared machine and the runtime's background threads (tiered JIT, background GC) count for
/// neither; the sets alternate in one process. Three sets: the 20-term corpus, the 2,000-term corpus (other posts: each
/// names 8 of 2,000 terms, so it links more distinct terms than a post naming 8 of 20), and the 20-term corpus's posts
/// with the 2,000-term glossary (which holds the same 20 terms first): the same text and links, only a bigger glossary.
/// Splits building the glossary (forms, conflicts, matcher) from converting the posts; "no-glossary" converts the same
/// posts without the extension. Prints medians.
/// </summary>
public static class GlossaryCpu
{
    private sealed record Set(string Name, IReadOnlyList<GlossaryTerm> Terms, ContentSet Posts);

    public static int Run(int posts, int runs)
    {
        using var small = new SyntheticSite(posts, 20);
        using var large = new SyntheticSite(posts, 2_000);
        var (few, many) = (Load(small), Load(large));
        Set[] sets = [new("20 terms", few.Terms, few), new("2000 terms", many.Terms, many), new("2000 terms, 20's posts", many.Terms, few)];
        if (Environment.GetEnvironmentVariable("GLOSSARY_SET") is { } only) sets = [sets[int.Parse(only)]]; // for a profiler
        var results = sets.ToDictionary(s => s.Name, _ => new Dictionary<string, List<double>>());
        for (var run = -2; run < runs; run++) // two warm-up rounds, not counted
        {
            foreach (var set in run % 2 == 0 ? sets : sets.Reverse())
            {
                var measured = Measure(set);
                if (run < 0) continue;
                foreach (var (what, value) in measured)
                {
                    if (!results[set.Name].TryGetValue(what, out var list)) results[set.Name][what] = list = [];
                    list.Add(value);
                }
            }
        }
        static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
        Console.WriteLine($"posts={posts}, medians of {runs}, thread CPU ms (allocated: MB)");
        foreach (var what in results[sets[0].Name].Keys)
        {
            var baseline = Median(results[sets[0].Name][what]);
            var cells = sets.Select(s => Median(results[s.Name][what]) is var m && s == sets[0] ? $"{m,7:F1}" : $"{m,7:F1} ({m / baseline:F2}×)");
            Console.WriteLine($"{what,-13} " + string.Join("   ", sets.Zip(cells, (s, c) => $"{s.Name}: {c}")));
        }
        return 0;
    }

    private static List<(string, double)> Measure(Set set)
    {
        GC.Collect();
        var bytes = GC.GetTotalAllocatedBytes(precise: true);
        var (p0, c0, c1) = (GC.GetTotalPauseDuration(), GC.CollectionCount(0), GC.CollectionCount(1));
        var start = ThreadCpu.Milliseconds();
        var glossary = GlossaryIndex.Build(set.Terms, new DiagnosticBag());
        var built = ThreadCpu.Milliseconds();
        var urls = new SiteUrls(set.Posts.Config.BaseUrl);
        var markdown = new MarkdownConverter(urls.BasePath, glossary.Extensions(urls), set.Posts.StaticFiles.ImageSize);
        foreach (var post in set.Posts.Posts) RenderedDocuments.Article(markdown, post);
        var converted = ThreadCpu.Milliseconds();
        // Collections while building and converting, and their pauses (wall ms, every thread): a bigger glossary is
        // more to allocate and to keep alive, which thread CPU charges to whichever step the collection interrupts.
        var gcInfo = new List<(string, double)> { ("gc pause", (GC.GetTotalPauseDuration() - p0).TotalMilliseconds), ("gen0 GCs", GC.CollectionCount(0) - c0), ("gen1 GCs", GC.CollectionCount(1) - c1) };
        var allocated = (GC.GetTotalAllocatedBytes(precise: true) - bytes) / 1048576.0;
        var plain = new MarkdownConverter(urls.BasePath, null, set.Posts.StaticFiles.ImageSize);
        var floorStart = ThreadCpu.Milliseconds();
        foreach (var post in set.Posts.Posts) plain.Convert(post.Body);
        var floor = ThreadCpu.Milliseconds() - floorStart;
        return [.. gcInfo, ("build", built - start), ("convert", converted - built), ("stage", converted - start), ("no-glossary", floor), ("allocated", allocated)];
    }

    private static ContentSet Load(SyntheticSite site) => ContentLoader.Load(site.Root, null, new DiagnosticBag())!;
}
