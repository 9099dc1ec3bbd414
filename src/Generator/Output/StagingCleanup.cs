using Generator.Content;

namespace Generator.Output;

/// <summary>
/// What an interrupted build leaves beside the output folder: <c>.&lt;name&gt;.tmp-…</c> staging folders (Ctrl+C or
/// SIGKILL while writing) and <c>&lt;name&gt;.old-…</c> (killed between the two renames of the swap, which also leaves
/// no output folder). The next build, holding the output's lock so no other build is mid-write, puts the previous
/// output back if it is missing and removes the rest. Only folders the build made are touched: each holds a
/// <see cref="Marker"/> naming it, so a user's <c>docs.old-mybackup</c> (a copy of an output, mark and all) is not.
/// </summary>
internal sealed class StagingCleanup : IDisposable
{
    /// <summary>The file a build writes into each staging folder it makes and into the output it is about to retire,
    /// holding that folder's name: a copied or renamed folder holds a name that is not its own.</summary>
    public const string Marker = ".newsgen-swap";

    private readonly OutputLock outputLock;

    private StagingCleanup(OutputLock outputLock) => this.outputLock = outputLock;

    /// <summary>The output's lock file, beside it: <c>._site.lock</c>.</summary>
    public static string LockPath(string output) => OutputLock.PathOf(output);

    /// <summary>Takes the output's lock (waiting for another build to finish, see <see cref="OutputLock"/>), then
    /// recovers and cleans up.</summary>
    /// <exception cref="LinkRefusedException">the lock file is a link</exception>
    public static StagingCleanup Begin(string output, OutputLockWait? wait = null, CancellationToken cancel = default)
    {
        var parent = Path.GetDirectoryName(output)!;
        var name = Path.GetFileName(output);
        var outputLock = OutputLock.Take(output, wait ?? OutputLockWait.Default, cancel);
        var retired = Directory.GetDirectories(parent, name + ".old-*").Where(IsOwn).OrderBy(Directory.GetLastWriteTimeUtc).ToList();
        if (!Directory.Exists(output) && retired.Count > 0)
        {
            Directory.Move(retired[^1], output); // the swap was cut short: the newest retired output is the previous site
            retired.RemoveAt(retired.Count - 1);
        }
        Unmark(output); // restored, or marked by a swap killed before its first rename
        foreach (var stale in retired.Concat(Directory.GetDirectories(parent, $".{name}.tmp-*").Where(IsOwn))) TryDelete(stale);
        return new StagingCleanup(outputLock);
    }

    /// <summary>Marks <paramref name="folder"/> as one the build may later remove (or restore) as <paramref name="name"/>.</summary>
    internal static void Mark(string folder, string name)
    {
        using var stream = new FileStream(Path.Combine(folder, Marker), FileMode.CreateNew, FileAccess.Write); // never through a link
        stream.Write(System.Text.Encoding.UTF8.GetBytes(name));
    }

    /// <summary>Removes the marker from a folder that is the output again (the name itself, never a link's target).</summary>
    internal static void Unmark(string folder)
    {
        var marker = Path.Combine(folder, Marker);
        if (FileKinds.OfEntry(marker) is FileKind.Regular or FileKind.Link) File.Delete(marker);
    }

    /// <summary>Whether the build made <paramref name="folder"/>: a real folder (not a link) whose marker names it.</summary>
    private static bool IsOwn(string folder)
    {
        if (FileKinds.OfEntry(folder) != FileKind.Directory) return false;
        var marker = Path.Combine(folder, Marker);
        try
        {
            return FileKinds.OfEntry(marker) == FileKind.Regular && new FileInfo(marker).Length <= 1024
                && System.Text.Encoding.UTF8.GetString(NoFollow.ReadAllBytes(marker)) == Path.GetFileName(folder);
        }
        catch (IOException)
        {
            return false;
        }
    }

    public static void TryDelete(string folder)
    {
        try { Directory.Delete(folder, recursive: true); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { } // removed by the next build instead
    }

    public void Dispose() => outputLock.Dispose();
}
