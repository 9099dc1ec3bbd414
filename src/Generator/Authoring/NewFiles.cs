using Generator.Output;

namespace Generator.Authoring;

/// <summary>What <see cref="NewFiles.Write"/> did: the files it created and those that existed (paths as given), or why
/// it wrote nothing (<see cref="Problems"/>: each obstacle once, or the failure that undid the rest).</summary>
internal sealed record NewFilesResult(IReadOnlyList<string> Created, IReadOnlyList<string> Skipped, IReadOnlyList<string> Problems)
{
    public bool Succeeded => Problems.Count == 0;
}

/// <summary>
/// Creates files below a root folder (a site, or the folder <c>init</c> fills) all or nothing, for <c>new</c>,
/// <c>init</c> and <c>theme eject</c>. Every path is checked for what stands in its way (<see cref="PathObstacle"/>)
/// before the first byte is written; a file that exists, or a link at its path, is never written through or over
/// (it is skipped); and a failure part-way (a file system that refuses, a disk that is full) removes every file and
/// folder this call created, so an author is never left with half a result to undo.
/// </summary>
internal static class NewFiles
{
    public static NewFilesResult Write(string root, IReadOnlyList<(string Path, byte[] Bytes)> files)
    {
        root = Path.GetFullPath(root);
        var obstacles = files.Select(f => PathObstacle.Of(root, f.Path)).OfType<string>().Distinct().ToList();
        if (obstacles.Count > 0) return new NewFilesResult([], [], obstacles);

        var created = new List<string>();
        var skipped = new List<string>();
        var made = new List<string>(); // the files and folders this call created, in order
        var attempting = root;
        try
        {
            foreach (var (path, bytes) in files)
            {
                var full = SafePath.Inside(root, path);
                foreach (var folder in MissingFolders(Path.GetDirectoryName(full)!))
                {
                    attempting = folder;
                    Directory.CreateDirectory(folder);
                    made.Add(folder);
                }
                attempting = full;
                (TryCreate(full, bytes, made) ? created : skipped).Add(path);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Undo(made);
            return new NewFilesResult([], [], [Reason(e, attempting, Shown(root, attempting))]);
        }
        return new NewFilesResult(created, skipped, []);
    }

    /// <summary>From the nearest existing folder down, so that each folder made here is known and can be undone.</summary>
    private static IEnumerable<string> MissingFolders(string folder)
    {
        var missing = new Stack<string>();
        for (var path = folder; !Directory.Exists(path); path = Path.GetDirectoryName(path)!) missing.Push(path);
        return missing;
    }

    /// <summary>CreateNew (O_EXCL): an existing file, folder or link at the path, even one made by a racing process, is
    /// left alone and never followed.</summary>
    private static bool TryCreate(string fullPath, byte[] bytes, List<string> made)
    {
        if (PathObstacle.Exists(fullPath)) return false;
        FileStream stream;
        try
        {
            stream = new FileStream(fullPath, FileMode.CreateNew, FileAccess.Write);
        }
        catch (IOException) when (PathObstacle.Exists(fullPath))
        {
            return false;
        }
        made.Add(fullPath);
        using (stream) stream.Write(bytes);
        return true;
    }

    private static void Undo(List<string> made)
    {
        for (var i = made.Count - 1; i >= 0; i--)
        {
            try
            {
                if (Directory.Exists(made[i])) Directory.Delete(made[i]); // only when empty: what another process put there stays
                else File.Delete(made[i]);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
            }
        }
    }

    /// <summary>The system's reason in words an author can act on: .NET says "could not find a part of the path" when a
    /// file system such as /proc refuses new entries in a folder that does exist.</summary>
    private static string Reason(Exception e, string fullPath, string shown)
    {
        var parent = Path.GetDirectoryName(fullPath);
        return e switch
        {
            UnauthorizedAccessException => $"permission denied for '{shown}'",
            FileNotFoundException or DirectoryNotFoundException when parent is not null && Directory.Exists(parent)
                => $"the file system does not allow new entries in '{(Path.GetDirectoryName(shown) is { Length: > 0 } up ? up : parent)}'",
            _ => $"'{shown}': {e.Message}",
        };
    }

    /// <summary>Below the root relative to it (as every diagnostic names a site's files), the root or above it in full.</summary>
    private static string Shown(string root, string fullPath) =>
        fullPath.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? Path.GetRelativePath(root, fullPath).Replace('\\', '/') : fullPath;
}
