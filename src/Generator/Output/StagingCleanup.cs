namespace Generator.Output;

/// <summary>
/// What an interrupted build leaves beside the output folder: <c>.&lt;name&gt;.tmp-…</c> staging folders (Ctrl+C or
/// SIGKILL while writing) and <c>&lt;name&gt;.old-…</c> (killed between the two renames of the swap, which also leaves
/// no output folder). The next build, holding the output's lock so no other build is mid-write, puts the previous
/// output back if it is missing and removes the rest.
/// </summary>
public sealed class StagingCleanup : IDisposable
{
    private readonly OutputLock outputLock;

    private StagingCleanup(OutputLock outputLock) => this.outputLock = outputLock;

    /// <summary>Takes the output's lock (waiting for another build to finish, see <see cref="OutputLock"/>), then
    /// recovers and cleans up.</summary>
    public static StagingCleanup Begin(string output, OutputLockWait? wait = null, CancellationToken cancel = default)
    {
        var parent = Path.GetDirectoryName(output)!;
        var name = Path.GetFileName(output);
        var outputLock = OutputLock.Take(output, wait ?? OutputLockWait.Default, cancel);
        var retired = Directory.GetDirectories(parent, name + ".old-*").OrderBy(Directory.GetLastWriteTimeUtc).ToList();
        if (!Directory.Exists(output) && retired.Count > 0)
        {
            Directory.Move(retired[^1], output); // the swap was cut short: the newest retired output is the previous site
            retired.RemoveAt(retired.Count - 1);
        }
        foreach (var stale in retired.Concat(Directory.GetDirectories(parent, $".{name}.tmp-*"))) TryDelete(stale);
        return new StagingCleanup(outputLock);
    }

    public static void TryDelete(string folder)
    {
        try { Directory.Delete(folder, recursive: true); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { } // removed by the next build instead
    }

    public void Dispose() => outputLock.Dispose();
}
