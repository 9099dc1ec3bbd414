namespace Generator.Output;

/// <summary>
/// What an interrupted build leaves beside the output folder: <c>.&lt;name&gt;.tmp-…</c> staging folders (Ctrl+C or
/// SIGKILL while writing) and <c>&lt;name&gt;.old-…</c> (killed between the two renames of the swap, which also leaves
/// no output folder). The next build, holding the output's lock so no other build is mid-write, puts the previous
/// output back if it is missing and removes the rest.
/// </summary>
public sealed class StagingCleanup : IDisposable
{
    private readonly FileStream lockFile;

    private StagingCleanup(FileStream lockFile) => this.lockFile = lockFile;

    /// <summary>The output's lock file, beside it: <c>._site.lock</c>.</summary>
    public static string LockPath(string output) =>
        Path.Combine(Path.GetDirectoryName(output)!, $".{Path.GetFileName(output)}.lock");

    /// <summary>Takes the output's lock (waiting for another build to finish), then recovers and cleans up.</summary>
    /// <exception cref="LinkRefusedException">the lock file is a link</exception>
    public static StagingCleanup Begin(string output)
    {
        var parent = Path.GetDirectoryName(output)!;
        var name = Path.GetFileName(output);
        var lockFile = Lock(LockPath(output));
        var retired = Directory.GetDirectories(parent, name + ".old-*").OrderBy(Directory.GetLastWriteTimeUtc).ToList();
        if (!Directory.Exists(output) && retired.Count > 0)
        {
            Directory.Move(retired[^1], output); // the swap was cut short: the newest retired output is the previous site
            retired.RemoveAt(retired.Count - 1);
        }
        foreach (var stale in retired.Concat(Directory.GetDirectories(parent, $".{name}.tmp-*"))) TryDelete(stale);
        return new StagingCleanup(lockFile);
    }

    private static FileStream Lock(string path)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return NoFollow.OpenLock(path); // deleted on close; a link there is refused, never followed
            }
            catch (IOException e) when (e is not LinkRefusedException && attempt < 600)
            {
                Thread.Sleep(100); // another build of this output is writing; it takes seconds at most
            }
        }
    }

    public static void TryDelete(string folder)
    {
        try { Directory.Delete(folder, recursive: true); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { } // removed by the next build instead
    }

    public void Dispose() => lockFile.Dispose();
}
