using Generator.Content;

namespace Generator.Output;

/// <summary>The rule both caches under <c>.cache/</c> follow (<see cref="ImageCache"/>, <see cref="Record.BuildCache"/>):
/// they outlive the build (CI restores them), so each path is checked before use and never followed if it is a link.</summary>
internal static class CachePaths
{
    /// <summary>Whether the cache's <paramref name="relative"/> path is absent or of the <paramref name="expected"/>
    /// kind; a link or anything else is an error at that path.</summary>
    /// <param name="cache">The cache, as messages name it ("the image cache").</param>
    /// <param name="entry">What a regular file of it is ("the image").</param>
    public static bool Safe(string siteRoot, string relative, FileKind expected, DiagnosticBag diagnostics, string cache, string entry)
    {
        var full = Path.Combine(siteRoot, relative);
        var kind = FileKinds.OfEntry(full);
        if (kind == FileKind.Missing || kind == expected) return true;
        var at = SourceLocation.FileStart(relative);
        // .cache itself holds both caches, and whichever looks first reports it, so it is named for both.
        var (name, verb) = relative == ".cache" ? ("the build's caches", "are") : (cache, "is");
        if (kind == FileKind.Link)
            diagnostics.Error(at, DiagnosticCodes.UnsafeLink, $"'{relative}' is a link to '{LinkTarget(full)}'; {name} {verb} "
                + $"never read or written through a link, so remove it (the build makes {(expected == FileKind.Directory ? "the folder" : entry)} again)");
        else
            diagnostics.Error(at, DiagnosticCodes.UnreadableFile, $"'{relative}' is not a {(expected == FileKind.Directory ? "folder" : "regular file")} "
                + (verb == "is" ? $"where {cache} keeps one" : "where the build keeps its caches") + "; remove it (the build makes it again)");
        return false;
    }

    /// <summary>Writes a cache file as a new file beside it, then renames it over the name: rename(2) replaces a link
    /// rather than writing through it, and a build stopped half-way leaves no truncated file under a name that promises
    /// other bytes. <paramref name="write"/> writes the contents (the rename keeps the file's time).</summary>
    public static void Replace(string path, Action<FileStream> write)
    {
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write)) write(stream);
            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            File.Delete(temporary); // a write that failed leaves nothing beside the cache file
            throw;
        }
    }

    private static string? LinkTarget(string path)
    {
        try { return new FileInfo(path).LinkTarget; }
        catch (IOException) { return null; }
    }
}
