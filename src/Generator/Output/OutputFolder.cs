using Generator.Content;

namespace Generator.Output;

/// <summary>
/// The output folder is replaced wholesale on every build, so the build refuses folders it could wreck: the site's
/// own sources (links resolved first), a file, and a non-empty folder that holds no <see cref="Mark"/> of an earlier
/// build (a docs/ folder, a repository) unless forced.
/// </summary>
internal static class OutputFolder
{
    /// <summary>Written into every output, so the next build knows the folder is its own to replace.</summary>
    public const string Mark = ".newsgen";

    public const string MarkText = "This folder is written by 'newsgen build' and replaced on every build.\n";

    /// <summary>A one-line reason the build must not write <paramref name="outputFolder"/>, or null.</summary>
    public static string? Problem(string sourceRoot, string? outputFolder, bool force)
    {
        if (string.IsNullOrWhiteSpace(outputFolder)) return "--output must name a folder";
        var output = Path.GetFullPath(outputFolder).TrimEnd(Path.DirectorySeparatorChar);
        if (File.Exists(output)) return $"--output '{output}' is a file, not a folder";
        if (Path.GetDirectoryName(output) is null) return "--output cannot be a file system root";
        if (InsideSources(RealPath.Resolve(Path.GetFullPath(sourceRoot)), RealPath.Resolve(output)) is { } inside) return inside;
        if (FileKinds.OfEntry(StagingCleanup.LockPath(output)) == FileKind.Link)
            return $"the output's lock file '{StagingCleanup.LockPath(output)}' is a link; a build never opens its lock through a link, so remove it";
        if (Directory.Exists(output) && !force && !File.Exists(Path.Combine(output, Mark)) && Directory.EnumerateFileSystemEntries(output).Any())
            return $"--output '{output}' is not empty and was not written by newsgen build; every build deletes what it holds. "
                + "Choose a new or empty folder, or pass --force";
        return Unwritable(output);
    }

    private static string? InsideSources(string source, string output)
    {
        var sourceSlash = source.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var outputSlash = output + Path.DirectorySeparatorChar;
        if (sourceSlash.StartsWith(outputSlash, StringComparison.Ordinal))
            return $"--output '{output}' contains the site's sources; every build replaces the output folder, so choose another";
        foreach (var folder in new[] { "content", "templates", "src", "tests" })
            if (outputSlash.StartsWith(Path.Combine(source, folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                return $"--output '{output}' is inside {folder}/; choose a folder outside the site's sources";
        return null;
    }

    /// <summary>The staging folder is made beside the output, so the parent must take a new entry.</summary>
    private static string? Unwritable(string output)
    {
        var parent = Path.GetDirectoryName(output)!;
        try
        {
            Directory.CreateDirectory(parent);
            var probe = Path.Combine(parent, $".{Path.GetFileName(output)}.probe-{Guid.NewGuid():N}");
            Directory.CreateDirectory(probe);
            Directory.Delete(probe);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"cannot write to --output '{output}': {e.Message}";
        }
    }
}
