using System.Diagnostics;
using Generator.Bench.Corpus;
using Generator.Output;

namespace Generator.Bench;

/// <summary>
/// The cost of one social card (draw + PNG encode), on one thread, by CPU time: what a cold build pays per post that
/// has no raster image. Headlines are the corpus's titles (seed 1), so wrapping and shrinking are exercised as in the
/// 10,000-post benchmark. Prints medians of 5 passes.
/// </summary>
public static class CardsCpu
{
    public static int Run(int cards)
    {
        var corpus = new NewsCorpus(cards, 20, 1);
        var texts = corpus.Posts.Select(p => new CardText("Bench News", "Tech Frontline", p.Title, p.Date.ToString("d MMMM yyyy")))
            .ToList();
        using var fonts = CardFonts.Shipped();
        using var painter = new SocialCardPainter(ThemeColours.Default, fonts);
        foreach (var text in texts.Take(20)) painter.Paint(text); // warm-up: JIT and the painter's caches
        var cpu = new List<double>();
        var bytes = 0L;
        var process = Process.GetCurrentProcess();
        for (var pass = 0; pass < 5; pass++)
        {
            process.Refresh();
            var before = process.TotalProcessorTime;
            bytes = texts.Sum(text => (long)painter.Paint(text).Length);
            process.Refresh();
            cpu.Add((process.TotalProcessorTime - before).TotalMilliseconds / cards);
        }
        Console.WriteLine($"cards-cpu cards={cards}: {cpu.Order().ElementAt(2):F2} ms CPU per card (median of 5), " +
            $"{bytes / cards / 1024.0:F1} KiB per card");
        return 0;
    }
}
