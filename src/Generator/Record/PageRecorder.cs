using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Generator.Rendering;
using Generator.Serve;

namespace Generator.Record;

/// <summary>
/// Makes each page's <see cref="PageInputs"/>: the one rule of what a page depends on, used by <c>build</c> (which keeps
/// the record in <c>.cache/</c>, <see cref="BuildCache"/>) and by <c>serve</c> (<see cref="IncrementalRenderer"/>).
/// A page is stale when its key differs from the key recorded for its URL.
/// </summary>
internal sealed class PageRecorder
{
    private readonly TemplateDependencies templates;

    public PageRecorder(RenderInputs inputs, TemplateDependencies templates)
    {
        this.templates = templates;
        foreach (var (file, hash) in templates.HashByFile) Hashes.Set(file, hash);
        Hashes.Set(InputNames.Strings, inputs.Templates.Strings.Fingerprint);
        Hashes.Set(InputNames.Assets, InputHashes.OfText(string.Join('\n',
            inputs.Assets.OutputNames.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => a.Key + "=" + a.Value))));
        Hashes.Set(InputNames.BasePath, InputHashes.OfText(inputs.Site.Urls.BasePath));
    }

    public InputHashes Hashes { get; } = new();

    /// <summary>Safe to call from several threads at once.</summary>
    public PageInputs InputsOf(PageJob job)
    {
        var parts = new SortedSet<string>(StringComparer.Ordinal) { InputNames.Strings, InputNames.Assets, InputNames.BasePath };
        parts.UnionWith(templates.FilesOf("layout"));
        parts.UnionWith(templates.FilesOf(job.Template));
        var own = new List<string>();
        foreach (var read in job.Reads)
        {
            Hashes.OfRead(read);
            parts.Add(read.Name);
            if (read.Own) own.Add(read.Source);
        }
        using var key = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var part in parts) Append(key, part + "=" + Hashes.Of(part));
        Append(key, job.Template + "\0" + job.Language + "\0" + job.LanguagePath);
        AppendJson(key, job.Meta);
        AppendJson(key, job.Model);
        return new PageInputs(job.Url, InputHashes.Hex(key.GetHashAndReset()), [.. parts], own);
    }

    private static void Append(IncrementalHash hash, string text)
    {
        hash.AppendData(Encoding.UTF8.GetBytes(text));
        hash.AppendData([0]);
    }

    /// <summary>The view as JSON; one JSON cannot describe makes a key no later build matches (the page always renders).</summary>
    private static void AppendJson(IncrementalHash hash, object value)
    {
        try
        {
            if (ServeJson.Fingerprints.TryGetTypeInfo(value.GetType(), out var type))
            {
                hash.AppendData(JsonSerializer.SerializeToUtf8Bytes(value, type));
                hash.AppendData([0]);
                return;
            }
        }
        catch (NotSupportedException)
        {
        }
        Append(hash, Guid.NewGuid().ToString("N"));
    }
}
