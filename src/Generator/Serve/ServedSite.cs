using Generator.Content;
using Generator.Rendering;
using Microsoft.AspNetCore.StaticFiles;

namespace Generator.Serve;

internal sealed record ServedFile(byte[] Content, string ContentType)
{
    public bool IsHtml => ContentType.StartsWith("text/html", StringComparison.Ordinal);
}

/// <summary>
/// What the dev server answers from: the last good build, held in memory (pages by output path, e.g.
/// <c>posts/x/index.html</c>, and theme assets under <c>assets/</c>), plus the errors of the latest build if it failed.
/// Requests never touch the file system, so no URL can reach a file outside the site. Its maps are never changed once
/// it is served: request threads read them while a rebuild makes the next site.
/// </summary>
internal sealed record ServedSite(
    string BasePath,
    IReadOnlyDictionary<string, ServedFile> Files,
    IReadOnlyDictionary<string, string> Stylesheets,
    IReadOnlyList<Diagnostic> Errors)
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public static readonly ServedSite Empty = new("/", new Dictionary<string, ServedFile>(), new Dictionary<string, string>(), []);

    public bool IsBroken => Errors.Count > 0;

    public ServedFile? Find(string outputPath) => Files.GetValueOrDefault(outputPath);

    /// <param name="reuse">The served copy of a file that has not changed since it was last encoded, if any.</param>
    public static ServedSite From(string basePath, IReadOnlyList<OutputFile> pages, IReadOnlyDictionary<string, byte[]> assets,
        StaticFiles? staticFiles = null, IReadOnlyList<Output.GeneratedFile>? images = null, Func<OutputFile, ServedFile?>? reuse = null)
    {
        var files = new Dictionary<string, ServedFile>(StringComparer.Ordinal);
        foreach (var relative in staticFiles?.Paths ?? [])
        {
            // Read on each rebuild: content files are few and small, and a stale copy would hide an author's edit.
            try { files[relative] = new ServedFile(File.ReadAllBytes(staticFiles!.FullPath(relative)), TypeOf(relative)); }
            catch (IOException) { }
        }
        foreach (var image in images ?? [])
        {
            try { files[image.Path] = new ServedFile(Output.NoFollow.ReadAllBytes(image.CacheFile), TypeOf(image.Path)); }
            catch (IOException) { }
        }
        foreach (var page in pages) files[page.Path] = reuse?.Invoke(page) ?? Served(page);
        foreach (var (path, bytes) in assets) files[path] = new ServedFile(bytes, TypeOf(path));
        // Logical stylesheet URL → hashed URL, so the browser can swap a stylesheet without reloading the page.
        var stylesheets = assets.Keys.Where(p => p.EndsWith(".css", StringComparison.OrdinalIgnoreCase))
            .ToDictionary(p => basePath + Unhashed(p), p => basePath + p, StringComparer.Ordinal);
        return new ServedSite(basePath, files, stylesheets, []);
    }

    /// <summary>This site with some generated files replaced (serve's fast path; static files and assets are as they were).</summary>
    public ServedSite WithFiles(IReadOnlyCollection<OutputFile> changed)
    {
        if (changed.Count == 0) return this with { Errors = [] };
        var files = DictionaryCopy.Of(Files);
        foreach (var file in changed) files[file.Path] = Served(file);
        return this with { Files = files, Errors = [] };
    }

    private static ServedFile Served(OutputFile file) => new(System.Text.Encoding.UTF8.GetBytes(file.Content), TypeOf(file.Path));

    /// <summary>assets/site.3f9a1c2b.css → assets/site.css (the name before <see cref="Output.AssetManifest"/> hashed it).</summary>
    public static string Unhashed(string path)
    {
        var extension = Path.GetExtension(path);
        var stem = path[..^extension.Length];
        var dot = stem.LastIndexOf('.');
        return dot >= 0 && stem.Length - dot == 9 && stem[(dot + 1)..].All(char.IsAsciiHexDigitLower) ? stem[..dot] + extension : path;
    }

    private static string TypeOf(string path) =>
        ContentTypes.TryGetContentType(path, out var type)
            ? type.StartsWith("text/", StringComparison.Ordinal) || type is "application/javascript" or "image/svg+xml" ? type + "; charset=utf-8" : type
            : "application/octet-stream";
}
