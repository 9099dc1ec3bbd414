using Generator.Content;

namespace Generator.Authoring;

/// <summary>
/// What stands in the way of a new file, found before anything is written: a file, a dangling link, a link out of
/// the site, a link loop or a device where a folder must be. A link to a folder inside the site is followed, as the
/// build follows it; a link out of the site is refused, since the build would refuse to read what was written there.
/// </summary>
internal static class PathObstacle
{
    /// <summary>Why no file can be created at <paramref name="relative"/> below <paramref name="root"/>, or null. The
    /// root's own path is checked up to its nearest existing folder (init creates it); the folders below it one by one.</summary>
    public static string? Of(string root, string relative)
    {
        if (AboveRoot(root) is { } above) return above;
        var realRoot = RealPath.Resolve(root);
        var parts = relative.Split('/');
        var current = root;
        for (var i = 0; i < parts.Length - 1; i++)
        {
            current = Path.Combine(current, parts[i]);
            if (!Exists(current)) return null; // this folder and those below it are created with the file
            if (NotAFolder(current, string.Join('/', parts[..(i + 1)]), realRoot) is { } problem) return problem;
        }
        return null;
    }

    /// <summary>The root, or the nearest of its parents that exists, must be a folder (links followed).</summary>
    public static string? AboveRoot(string root)
    {
        for (var path = Path.GetFullPath(root); path is not null; path = Path.GetDirectoryName(path))
        {
            if (!Exists(path)) continue;
            return Directory.Exists(path) ? null : Describe(path, LinkTarget(path), FileKinds.Of(path));
        }
        return null;
    }

    /// <summary>Whether anything is at the path, a dangling link or a link loop included.</summary>
    public static bool Exists(string path) => File.Exists(path) || Directory.Exists(path) || LinkTarget(path) is not null;

    /// <summary>Null for a folder, or a link to a folder inside the site; else why it cannot hold new files.</summary>
    private static string? NotAFolder(string path, string shown, string realRoot)
    {
        if (LinkTarget(path) is not { } target)
        {
            var kind = FileKinds.Of(path);
            return kind == FileKind.Directory ? null : Describe(shown, null, kind);
        }
        string real;
        try
        {
            real = RealPath.Resolve(path);
        }
        catch (IOException)
        {
            return $"'{shown}' is part of a link loop; remove the link";
        }
        if (!RealPath.IsInside(real, realRoot))
            return $"'{shown}' is a link to '{target}', outside the site, which the build does not read; make it a folder of the site";
        var realKind = FileKinds.Of(real);
        return realKind == FileKind.Directory ? null : Describe(shown, target, realKind);
    }

    private static string Describe(string shown, string? target, FileKind kind) => (target, kind) switch
    {
        (not null, FileKind.Missing) => $"'{shown}' is a link to '{target}', which does not exist",
        (not null, _) => $"'{shown}' is a link to '{target}', which is not a folder",
        (null, FileKind.Regular) => $"'{shown}' is a file, not a folder",
        _ => $"'{shown}' is not a folder (a FIFO, socket or device)",
    };

    private static string? LinkTarget(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
