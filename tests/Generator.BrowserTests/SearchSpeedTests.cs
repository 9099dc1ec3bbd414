using System.Globalization;
using Generator.BrowserTests.Support;
using Xunit.Abstractions;

namespace Generator.BrowserTests;

/// <summary>
/// Issue 10's target: on a 10,000-post site a search query answers in 50 ms or less in Chromium. Timed inside the page
/// (performance.now), so Playwright's round trips are not counted: from submitting the query (Enter; typing adds
/// search.js's 150 ms pause for more keystrokes on purpose) until the results and the status line are in the page,
/// and until the next frame after that. The first query of a page also fetches, parses and indexes the 4 MB index;
/// it is printed, not asserted. Later queries (the index already loaded) are the target; the test fails only past
/// five times it, since the CI machine is shared and loaded.
/// </summary>
public sealed class SearchSpeedTests(LargeSearchSite site, BrowserFixture browser, ITestOutputHelper output)
    : BrowserTest(browser), IClassFixture<BrowserFixture>, IClassFixture<LargeSearchSite>
{
    private const double TargetMs = 50;
    private const int Runs = 5;

    // A broad word (a prefix of many words, in most posts), two words, a tag with a dot, and a rare name.
    private static readonly string[] Queries = ["model", "data center", "kimi k2.6", "perplexity"];

    // Submits a query and resolves when search.js has shown its results: [ms to the DOM, ms to the next frame, status].
    private const string TimeQuery = """
        async (query) => {
          const form = document.querySelector('form[data-search-index]');
          const input = form.querySelector('input[name="q"]');
          const status = document.getElementById('search-status');
          const shown = new Promise(resolve => {
            const observer = new MutationObserver(() => {
              if (/found for|No articles/.test(status.textContent)) { observer.disconnect(); resolve(performance.now()); }
            });
            observer.observe(status, { childList: true, characterData: true, subtree: true });
          });
          const start = performance.now();
          input.value = query;
          form.requestSubmit();
          const dom = await shown;
          await new Promise(resolve => requestAnimationFrame(() => setTimeout(resolve, 0)));
          return [dom - start, performance.now() - start, status.textContent];
        }
        """;

    [BrowserFact]
    public async Task A_query_on_a_ten_thousand_post_site_answers_within_five_times_fifty_milliseconds()
    {
        var page = await NewPageAsync();
        await page.GotoAsync(site.Url("search/"));

        var first = await TimeAsync(page, Queries[0]);
        var warm = Queries.ToDictionary(q => q, _ => new List<(double Dom, double Frame)>());
        for (var run = 0; run < Runs; run++)
            foreach (var query in Queries) warm[query].Add(await TimeAsync(page, query));

        output.WriteLine($"Search over {LargeSearchSite.Posts:N0} posts in Chromium; index {site.IndexSize.Plain / 1e6:F2} MB " +
            $"(gzip {site.IndexSize.Gzip / 1e6:F2} MB); site prepared in {site.PrepareTime.TotalSeconds:F1} s.");
        output.WriteLine(string.Join(", ", site.Phases));
        output.WriteLine($"first query '{Queries[0]}' (fetch + parse + index + search): {first.Dom:F0} ms to the DOM, {first.Frame:F0} ms to the next frame");
        foreach (var (query, times) in warm)
        {
            output.WriteLine($"query '{query}', index loaded, median of {Runs}: {Median(times, t => t.Dom):F1} ms to the DOM, " +
                $"{Median(times, t => t.Frame):F1} ms to the next frame (runs: {string.Join(", ", times.Select(t => t.Dom.ToString("F1", CultureInfo.InvariantCulture)))})");
        }
        var slowest = warm.Values.Max(times => Median(times, t => t.Frame));
        output.WriteLine($"slowest median, to the next frame: {slowest:F1} ms (target {TargetMs} ms; fails past {5 * TargetMs} ms)");
        slowest.ShouldBeLessThanOrEqualTo(5 * TargetMs);
    }

    private static async Task<(double Dom, double Frame)> TimeAsync(IPage page, string query)
    {
        var result = await page.EvaluateAsync<object[]>(TimeQuery, query);
        ((string)result[2].ToString()!).ShouldContain("found for");
        return (Convert.ToDouble(result[0].ToString(), CultureInfo.InvariantCulture), Convert.ToDouble(result[1].ToString(), CultureInfo.InvariantCulture));
    }

    private static double Median<T>(IEnumerable<T> values, Func<T, double> of) => values.Select(of).Order().ElementAt(Runs / 2);
}
