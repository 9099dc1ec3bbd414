using Generator.Content;

namespace Generator.Output;

/// <summary>
/// A file of content/ is copied to the same path in the output, where a generated file or folder may already be
/// (<c>content/index.html</c>, <c>content/feed.xml</c>, a file <c>content/tags</c>); and a page's folder may be where
/// the build writes a file of its own (a page with <c>slug: CNAME</c> on a site with <c>cname:</c>). One would
/// silently replace the other, or the write would fail half-way; both are errors naming the two, found before
/// anything is written (so <c>check</c> finds them too).
/// </summary>
internal static class OutputCollisions
{
    /// <param name="sources">The content file of each page, by output path (<see cref="Site.PageSources"/>): a page's
    /// folder that collides is reported in the file that names the page.</param>
    public static void Report(StaticFiles staticFiles, IEnumerable<string> generatedPaths, DiagnosticBag diagnostics,
        IReadOnlyDictionary<string, string>? sources = null)
    {
        var files = new HashSet<string>(generatedPaths, StringComparer.Ordinal);
        var folders = new Dictionary<string, string>(StringComparer.Ordinal); // folder → a file below it
        foreach (var path in files.Order(StringComparer.Ordinal))
            for (var slash = path.IndexOf('/'); slash > 0; slash = path.IndexOf('/', slash + 1)) folders.TryAdd(path[..slash], path);

        foreach (var file in files.Where(folders.ContainsKey).Order(StringComparer.Ordinal))
        {
            var below = folders[file];
            var source = sources?.GetValueOrDefault(below) ?? files.Where(p => p.StartsWith(file + "/", StringComparison.Ordinal))
                .Select(p => sources?.GetValueOrDefault(p)).FirstOrDefault(s => s is not null);
            diagnostics.Error(SourceLocation.FileStart(source ?? SiteConfigReader.FileName), DiagnosticCodes.OutputCollision,
                $"the page /{file}/ would be written into the folder '{file}/', where the build writes the generated file '{file}'; "
                + (source is null ? "rename what makes the page" : "give the page another 'slug'"));
        }

        foreach (var path in staticFiles.Paths)
        {
            var problem = files.Contains(path) ? $"the generated file '{path}'"
                : folders.ContainsKey(path) ? $"the generated folder '{path}/'"
                : Parents(path).FirstOrDefault(files.Contains) is { } file ? $"the generated file '{file}'"
                : null;
            if (problem is not null)
                diagnostics.Error(SourceLocation.FileStart($"{StaticFiles.Folder}/{path}"), DiagnosticCodes.OutputCollision,
                    $"'{StaticFiles.Folder}/{path}' would be written where the build writes {problem}; rename or move it");
        }
    }

    private static IEnumerable<string> Parents(string path)
    {
        for (var slash = path.IndexOf('/'); slash > 0; slash = path.IndexOf('/', slash + 1)) yield return path[..slash];
    }
}
