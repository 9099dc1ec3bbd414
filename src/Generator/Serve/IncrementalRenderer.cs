using Generator.Record;
using Generator.Rendering;

namespace Generator.Serve;

/// <summary>The outcome of one incremental render: the whole site's files, and which URLs were actually rendered and
/// why (<see cref="StaleReasons"/>).</summary>
internal sealed record RenderPass(RenderedPages Pages, IReadOnlyList<OutputFile> Files, IReadOnlyList<string> RerenderedUrls)
{
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Reasons { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
}

/// <summary>
/// serve's Rendering stage. Builds the full page inventory as <c>build</c> does, computes each page's
/// <see cref="PageInputs"/> with the same <see cref="PageRecorder"/> as <c>build</c>, and renders only pages whose key
/// differs from the previous render's. Editing a post's title therefore re-renders the post, its neighbours (their
/// previous/next links), and the list, tag, category, author and glossary pages that show it; editing a partial
/// re-renders exactly the pages whose templates include it.
/// </summary>
internal static class IncrementalRenderer
{
    public static RenderPass Render(RenderInputs inputs, RenderedPages previous)
    {
        var recorder = new PageRecorder(inputs, inputs.ThemeFiles ?? throw new InvalidOperationException("the build reads the theme's files first"));
        var jobs = inputs.Jobs();
        var renderer = inputs.Renderer();
        var records = new RenderedPageRecord?[jobs.Count];
        var reasons = new IReadOnlyList<string>?[jobs.Count];
        Parallel.For(0, jobs.Count, new ParallelOptions { CancellationToken = inputs.Cancel }, i =>
        {
            var inputsOfPage = recorder.InputsOf(jobs[i]);
            var old = previous.ByUrl.GetValueOrDefault(jobs[i].Url);
            if (old is not null && old.Inputs.Key == inputsOfPage.Key)
            {
                records[i] = old;
                return;
            }
            reasons[i] = StaleReasons.Of(inputsOfPage, recorder.Hashes, old?.Inputs.Parts, previous.Hashes);
            records[i] = renderer.Render(jobs[i]) is { } file ? new RenderedPageRecord(inputsOfPage, file) : null;
        });
        var kept = records.OfType<RenderedPageRecord>().ToList();
        return new RenderPass(
            new RenderedPages(kept.ToDictionary(r => r.Inputs.Url, StringComparer.Ordinal), recorder.Hashes.All.ToDictionary(StringComparer.Ordinal)),
            kept.Select(r => r.File).ToList(),
            jobs.Where((_, i) => reasons[i] is not null).Select(j => j.Url).ToList())
        {
            Reasons = jobs.Select((j, i) => (j.Url, Why: reasons[i])).Where(r => r.Why is not null)
                .ToDictionary(r => r.Url, r => r.Why!, StringComparer.Ordinal),
        };
    }
}
