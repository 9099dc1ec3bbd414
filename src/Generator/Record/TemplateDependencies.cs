using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Generator.Rendering;

namespace Generator.Record;

/// <summary>
/// Which theme files each page template depends on (itself plus every partial it includes, transitively), and a hash of
/// each file's text: the theme's part of the dependency record (<see cref="PageRecorder"/>). A page none of whose files
/// changed need not be rendered again for a theme edit, and the record names the file that did change.
/// </summary>
internal sealed partial record TemplateDependencies(
    IReadOnlyDictionary<string, IReadOnlySet<string>> FilesByTemplate,
    IReadOnlyDictionary<string, string> HashByFile)
{

    /// <summary>
    /// Read before the build compiles the templates: if a file changes in between, the fingerprint is the older text
    /// and the next rebuild (which that change triggers) sees a difference, so a page is never stuck on a stale theme.
    /// Files are named by their place in the theme (<c>templates/partials/footer.sbn-html</c>) whether the site
    /// overrides them or not; adding, editing or deleting an override changes the text and so the fingerprint.
    /// </summary>
    public static TemplateDependencies Read(ThemeFiles theme)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in TemplateSet.RequiredTemplates) texts[TemplateSet.PathOf(name)] = ReadOrEmpty(theme, name + TemplateSet.Extension);
        foreach (var file in theme.Under(TemplateSet.PartialFolderName).Where(TemplateSet.IsPartial))
            texts[ThemeFiles.Folder + "/" + file.Name] = ReadOrEmpty(theme, file.Name);

        var files = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        foreach (var name in TemplateSet.RequiredTemplates)
            files[name] = Closure(TemplateSet.PathOf(name), texts);
        return new TemplateDependencies(files, texts.ToDictionary(t => t.Key, t => Fingerprint([t.Value]), StringComparer.Ordinal));
    }

    /// <summary>The theme files a page of <paramref name="template"/> renders through (a template the set lacks: none).</summary>
    public IReadOnlySet<string> FilesOf(string template) => FilesByTemplate.GetValueOrDefault(template) ?? NoFiles;

    private static readonly IReadOnlySet<string> NoFiles = new HashSet<string>();

    public static string PartialPath(string name) => TemplateSet.PartialPath(name);

    private static IReadOnlySet<string> Closure(string start, IReadOnlyDictionary<string, string> texts)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { start };
        var pending = new Stack<string>([start]);
        while (pending.TryPop(out var file))
        {
            foreach (Match include in PartialInclude().Matches(texts.GetValueOrDefault(file, "")))
            {
                // A partial chosen at render time (include name_in_a_variable) could be any of them.
                var targets = include.Groups["name"].Success
                    ? [PartialPath(include.Groups["name"].Value)]
                    : texts.Keys.Where(k => k.StartsWith($"{TemplateSet.Folder}/partials/", StringComparison.Ordinal));
                foreach (var target in targets)
                    if (seen.Add(target)) pending.Push(target);
            }
        }
        return seen;
    }

    public static string Fingerprint(IEnumerable<string> parts)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var part in parts)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(part));
            hash.AppendData([0]);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static string ReadOrEmpty(ThemeFiles theme, string name)
    {
        try
        {
            return theme.Find(name) is { } file ? System.Text.Encoding.UTF8.GetString(theme.ReadBytes(file)) : "";
        }
        catch (IOException)
        {
            return ""; // missing or being saved: the build reports it, and the save triggers another rebuild
        }
    }

    [GeneratedRegex(@"\binclude\s+(?:(?<quote>['""])(?<name>[\w\-]+)\k<quote>|[^'""\s])")]
    private static partial Regex PartialInclude();
}
