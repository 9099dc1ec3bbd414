using System.Text.Json;
using System.Text.Json.Serialization;
using Generator.Rendering;

namespace Generator.Serve;

/// <summary>
/// What a rendered page was made from: its template files' fingerprint and a hash of its model and meta (which hold
/// every post, term and link it shows). Equal inputs render equal HTML, so equal keys mean the page can be kept.
/// </summary>
internal sealed record PageInputs(string Url, string Key);

internal sealed record RenderedPageRecord(PageInputs Inputs, OutputFile File);

/// <summary>The pages of the last good render, by URL.</summary>
internal sealed record RenderedPages(IReadOnlyDictionary<string, RenderedPageRecord> ByUrl)
{
    public static readonly RenderedPages Empty = new(new Dictionary<string, RenderedPageRecord>());

    /// <summary>A key no inputs have: the page renders again at the next incremental render.</summary>
    private const string Unknown = "";

    /// <summary>
    /// These pages as rendered outside <see cref="IncrementalRenderer"/> (serve's fast path). Their inputs are not
    /// fingerprinted, so their keys are forgotten: were a later rebuild's inputs to equal the old key again, keeping
    /// the page would keep this newer file.
    /// </summary>
    public RenderedPages WithRendered(IEnumerable<(string Url, OutputFile File)> pages)
    {
        var byUrl = DictionaryCopy.Of(ByUrl);
        foreach (var (url, file) in pages)
            if (byUrl.TryGetValue(url, out var old)) byUrl[url] = new RenderedPageRecord(old.Inputs with { Key = Unknown }, file);
        return new RenderedPages(byUrl);
    }
}

/// <summary>The outcome of one incremental render: the whole site's files, and which URLs were actually rendered.</summary>
internal sealed record RenderPass(RenderedPages Pages, IReadOnlyList<OutputFile> Files, IReadOnlyList<string> RerenderedUrls);

/// <summary>
/// serve's Rendering stage. Builds the full page inventory as <c>build</c> does, computes each page's
/// <see cref="PageInputs"/> and renders only pages whose inputs differ from the previous render. Editing a post's
/// title therefore re-renders the post, its neighbours (their previous/next links), and the list, tag, category,
/// author and glossary pages that show it; editing a partial re-renders exactly the pages whose templates include it.
/// </summary>
internal static class IncrementalRenderer
{
    public static RenderPass Render(RenderInputs inputs, TemplateDependencies templates, RenderedPages previous)
    {
        // Helpers write asset URLs (with content hashes), base-path links and interface strings into any template, so
        // all of them are inputs of every page.
        var shared = TemplateDependencies.Fingerprint(
            inputs.Assets.OutputNames.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => a.Key + "=" + a.Value)
                .Prepend(inputs.Site.Urls.BasePath).Append(templates.FingerprintOf("layout")).Append(inputs.Templates.Strings.Fingerprint));
        var jobs = inputs.Jobs();
        var renderer = inputs.Renderer();
        var records = new RenderedPageRecord?[jobs.Count];
        var rendered = new bool[jobs.Count];
        Parallel.For(0, jobs.Count, new ParallelOptions { CancellationToken = inputs.Cancel }, i =>
        {
            var inputsOfPage = InputsOf(jobs[i], templates, shared);
            if (previous.ByUrl.TryGetValue(jobs[i].Url, out var old) && old.Inputs.Key == inputsOfPage.Key)
            {
                records[i] = old;
                return;
            }
            rendered[i] = true;
            records[i] = renderer.Render(jobs[i]) is { } file ? new RenderedPageRecord(inputsOfPage, file) : null;
        });
        var kept = records.OfType<RenderedPageRecord>().ToList();
        return new RenderPass(
            new RenderedPages(kept.ToDictionary(r => r.Inputs.Url, StringComparer.Ordinal)),
            kept.Select(r => r.File).ToList(),
            jobs.Where((_, i) => rendered[i]).Select(j => j.Url).ToList());
    }

    public static PageInputs InputsOf(PageJob job, TemplateDependencies templates, string shared)
    {
        var key = TemplateDependencies.Fingerprint([shared, job.Template, templates.FingerprintOf(job.Template), job.Language ?? "", Json(job.Meta), Json(job.Model)]);
        return new PageInputs(job.Url, key);
    }

    /// <summary>A view a theme author adds that JSON cannot describe gets a key of its own, so its page always renders.</summary>
    private static string Json(object value)
    {
        try
        {
            return ServeJson.Fingerprints.TryGetTypeInfo(value.GetType(), out var type)
                ? JsonSerializer.Serialize(value, type) : Guid.NewGuid().ToString();
        }
        catch (NotSupportedException)
        {
            return Guid.NewGuid().ToString();
        }
    }
}
