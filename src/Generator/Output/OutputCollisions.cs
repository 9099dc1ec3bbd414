using Generator.Content;

namespace Generator.Output;

/// <summary>
/// A file of content/ is copied to the same path in the output, where a generated file or folder may already be
/// (<c>content/index.html</c>, <c>content/feed.xml</c>, a file <c>content/tags</c>). One would silently replace the
/// other, or the write would fail half-way; both are errors naming the two, found before anything is written (so
/// <c>check</c> finds them too).
/// </summary>
public static class OutputCollisions
{
    public static void Report(StaticFiles staticFiles, IEnumerable<string> generatedPaths, DiagnosticBag diagnostics)
    {
        var files = new HashSet<string>(generatedPaths, StringComparer.Ordinal);
        var folders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in files)
            for (var slash = path.IndexOf('/'); slash > 0; slash = path.IndexOf('/', slash + 1)) folders.Add(path[..slash]);

        foreach (var path in staticFiles.Paths)
        {
            var problem = files.Contains(path) ? $"the generated file '{path}'"
                : folders.Contains(path) ? $"the generated folder '{path}/'"
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
