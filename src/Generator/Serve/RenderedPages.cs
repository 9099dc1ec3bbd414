using Generator.Record;

namespace Generator.Serve;

internal sealed record RenderedPageRecord(PageInputs Inputs, OutputFile File);

/// <summary>The pages of the last good render, by URL, with what each was made from, and the hashes of the inputs
/// they read: the dependency record serve keeps in memory.</summary>
internal sealed record RenderedPages(IReadOnlyDictionary<string, RenderedPageRecord> ByUrl, IReadOnlyDictionary<string, string> Hashes)
{
    public static readonly RenderedPages Empty = new(new Dictionary<string, RenderedPageRecord>(), new Dictionary<string, string>());

    private Dictionary<string, List<string>>? readers;

    /// <summary>The pages whose recorded inputs name any of <paramref name="inputs"/> (a content file, a file's card).</summary>
    public IReadOnlySet<string> Reading(IEnumerable<string> inputs)
    {
        readers ??= Readers();
        var urls = new HashSet<string>(StringComparer.Ordinal);
        foreach (var input in inputs)
            if (readers.TryGetValue(input, out var pages)) urls.UnionWith(pages);
        return urls;
    }

    /// <summary>Input name → the URLs of the pages that read it, made once per record the first time it is asked.</summary>
    private Dictionary<string, List<string>> Readers()
    {
        var byInput = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (url, page) in ByUrl) Index(byInput, url, page.Inputs.Parts);
        return byInput;
    }

    /// <summary>Adds <paramref name="url"/> as a reader of each content file among <paramref name="parts"/> (theme files
    /// and shared inputs are read by whole templates; serve's fast path never asks for them).</summary>
    private static void Index(Dictionary<string, List<string>> byInput, string url, IEnumerable<string> parts)
    {
        foreach (var part in parts)
            if (part.StartsWith(Content.StaticFiles.Folder + "/", StringComparison.Ordinal))
                (byInput.TryGetValue(part, out var list) ? list : byInput[part] = []).Add(url);
    }

    /// <summary>These pages as serve's fast path rendered them, with their inputs recorded by the same rule as a full
    /// render's (<see cref="PageRecorder"/>), and the input hashes it computed. The index of readers moves to the new
    /// record, patched (serve never asks the old record again), so a save does not index every page again.</summary>
    public RenderedPages WithRendered(IEnumerable<(PageInputs Inputs, OutputFile File)> pages, IReadOnlyDictionary<string, string> hashes)
    {
        var byUrl = DictionaryCopy.Of(ByUrl);
        foreach (var (inputs, file) in pages)
        {
            if (readers is not null && byUrl.TryGetValue(inputs.Url, out var old) && !old.Inputs.Parts.SequenceEqual(inputs.Parts))
            {
                foreach (var part in old.Inputs.Parts) readers.GetValueOrDefault(part)?.Remove(inputs.Url);
                Index(readers, inputs.Url, inputs.Parts);
            }
            byUrl[inputs.Url] = new RenderedPageRecord(inputs, file);
        }
        var merged = DictionaryCopy.Of(Hashes);
        foreach (var (name, hash) in hashes) merged[name] = hash;
        return new RenderedPages(byUrl, merged) { readers = readers };
    }
}
