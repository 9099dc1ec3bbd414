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
        var (themeParts, themeDigest) = templateParts.GetOrAdd(job.Template, TemplatePartsOf);
        var reads = new SortedSet<string>(StringComparer.Ordinal);
        var own = new List<string>();
        foreach (var read in job.Reads)
        {
            Hashes.OfRead(read);
            if (reads.Add(read.Name) && read.Own) own.Add(read.Source);
        }
        using var key = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        key.AppendData(themeDigest);
        var text = new StringBuilder();
        foreach (var name in reads) text.Append(name).Append('=').Append(Hashes.Of(name)).Append('\0');
        text.Append(job.Template).Append('\0').Append(job.Language).Append('\0').Append(job.LanguagePath).Append('\0');
        key.AppendData(Encoding.UTF8.GetBytes(text.ToString()));
        AppendJson(key, job.Meta);
        AppendJson(key, job.Model);
        return new PageInputs(job.Url, InputHashes.Hex(key.GetHashAndReset()), Merge(themeParts, reads), own);
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (string[] Parts, byte[] Digest)> templateParts = new(StringComparer.Ordinal);

    /// <summary>What every page of a template shares: the theme files it renders through (with the layout's) and the
    /// shared inputs, with a digest of their hashes, made once per template.</summary>
    private (string[] Parts, byte[] Digest) TemplatePartsOf(string template)
    {
        var parts = new SortedSet<string>(StringComparer.Ordinal) { InputNames.Strings, InputNames.Assets, InputNames.BasePath };
        parts.UnionWith(templates.FilesOf("layout"));
        parts.UnionWith(templates.FilesOf(template));
        var text = string.Concat(parts.Select(p => p + "=" + Hashes.Of(p) + "\0"));
        return ([.. parts], SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>Two sorted lists of names as one (theme files and content files never share a name).</summary>
    private static string[] Merge(string[] sorted, SortedSet<string> more)
    {
        var all = new string[sorted.Length + more.Count];
        sorted.CopyTo(all, 0);
        more.CopyTo(all, sorted.Length);
        Array.Sort(all, StringComparer.Ordinal);
        return all;
    }

    /// <summary>The view as key JSON; one JSON cannot describe makes a key no later build matches (the page always renders).</summary>
    private static void AppendJson(IncrementalHash hash, object value)
    {
        hash.AppendData(KeyJson.Bytes(value));
        hash.AppendData([0]);
    }
}
