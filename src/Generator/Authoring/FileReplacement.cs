using Generator.Content;

namespace Generator.Authoring;

/// <summary>
/// Replaces a file of the site at once (<c>new author</c> and <c>new category</c> editing site.yml): the new bytes go to
/// <c>&lt;name&gt;.newsgen-tmp</c> beside it, which is then renamed over it, so a failure never leaves half a file. The
/// temporary file is always created new, never opened through a link someone put at its name; a regular file there is
/// a leftover of an interrupted run and is replaced, anything else is in the way. Whatever fails, the original is as it
/// was and no temporary file is left. A link to the file stays a link: the file it leads to is replaced.
/// </summary>
internal static class FileReplacement
{
    public const string TempSuffix = ".newsgen-tmp";

    /// <summary>Null when the file was replaced, else why not.</summary>
    public static string? Replace(string siteRoot, string path, byte[] bytes)
    {
        var real = RealPath.Resolve(Path.GetFullPath(path));
        var temp = real + TempSuffix;
        var shown = SourceFile.RelativeTo(siteRoot, temp);
        if (InTheWay(temp) is { } what) return $"'{shown}' is in the way ({what}; remove it)";
        var created = false;
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write))
            {
                created = true;
                stream.Write(bytes);
                stream.Flush(flushToDisk: true); // the rename must not land before the bytes do
            }
            File.Move(temp, real, overwrite: true);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            if (created) TryDelete(temp);
            return e is UnauthorizedAccessException ? $"permission denied for '{shown}'" : $"'{shown}': {e.Message}";
        }
    }

    /// <summary>What stands at the temporary file's name and must not be removed, or null (a leftover file is removed).</summary>
    private static string? InTheWay(string temp)
    {
        var info = new FileInfo(temp);
        if (info.LinkTarget is { } target) return $"a link to '{target}'";
        if (Directory.Exists(temp)) return "a folder";
        if (!info.Exists) return null;
        if (FileKinds.Of(temp) != FileKind.Regular) return "a FIFO, socket or device";
        try
        {
            info.Delete();
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"a file that cannot be removed: {e.Message}";
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }
}
