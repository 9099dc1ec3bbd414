using System.Collections.Concurrent;
using Generator.Output;
using Generator.Rendering;

namespace Generator.Record;

/// <summary>
/// <c>build</c>'s Rendering stage with a record: each page whose key equals the previous build's (and whose bytes the
/// cache still holds) is linked from the cache; the others render and stream to the staging folder as before. Either
/// way the page enters the new record.
/// </summary>
internal sealed class RecordedRender(PageRecorder recorder, BuildRecord? previous)
{
    private readonly ConcurrentDictionary<string, PageEntry> pages = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IReadOnlyList<string>> reasons = new(StringComparer.Ordinal);
    private int rendered;

    public IReadOnlyDictionary<string, PageEntry> Pages => pages;

    /// <summary>The pages rendered again and why, by URL (none without a previous record: everything was new).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Reasons => reasons;

    public int Rendered => rendered;

    /// <summary>The hash of every named input this build's pages read.</summary>
    public IReadOnlyDictionary<string, string> Hashes => recorder.Hashes.All;

    /// <param name="pathOf">The output path of a page's URL.</param>
    /// <param name="staging">Null after an error: pages still render, for their errors, into nothing.</param>
    public void RenderEach(PageRenderer renderer, IReadOnlyList<PageJob> jobs, Func<string, string> pathOf, StagingFolder? staging,
        Action? pageDone, CancellationToken cancel) =>
        Parallel.For(0, jobs.Count, new ParallelOptions { CancellationToken = cancel }, i =>
        {
            var job = jobs[i];
            if (staging is null) renderer.Render(job);
            else RenderOrReuse(renderer, job, pathOf(job.Url), staging);
            pageDone?.Invoke();
        });

    private void RenderOrReuse(PageRenderer renderer, PageJob job, string path, StagingFolder staging)
    {
        var inputs = recorder.InputsOf(job);
        var before = previous?.Pages.GetValueOrDefault(job.Url);
        if (before is not null && before.Key == inputs.Key && before.Path == path && staging.TryReuse(path, before.Output))
            pages[job.Url] = new PageEntry(path, inputs.Key, inputs.Parts, inputs.Own, before.Output);
        else
        {
            Interlocked.Increment(ref rendered);
            if (previous is not null)
                reasons[job.Url] = before?.Key == inputs.Key ? ["its file in the cache was missing or changed"]
                    : StaleReasons.Of(inputs, recorder.Hashes, before?.Parts, previous.Hashes);
            if (renderer.Render(job) is { } file && staging.Add(file) is { } hash)
                pages[job.Url] = new PageEntry(path, inputs.Key, inputs.Parts, inputs.Own, hash);
        }
    }

    /// <summary>Keeps this build's record for the next one (after the swap), and says what the author should know. A page
    /// that warned while rendering (an interface string missing) would not warn again were it reused, so such a build
    /// records nothing and the next renders every page.</summary>
    public IReadOnlyList<string> Save(BuildCache cache, StagingFolder staging, bool warned)
    {
        var notes = cache.Note is { } note ? new List<string> { note } : [];
        try
        {
            if (warned) cache.Forget();
            else cache.Save(new BuildRecord(BuildRecord.ThisTool, Hashes, Pages, staging.Outputs, cache.Stamps));
            cache.SaveConversions();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            notes.Add($"{BuildCache.Folder}/ could not be updated ({e.Message.Split('\n')[0]}); the next build renders every page");
        }
        return notes;
    }
}
