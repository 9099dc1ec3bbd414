
namespace Generator.Output;

/// <summary>
/// How the output folder changes: a build writes into a fresh staging folder beside it (<see cref="StagingFolder"/>),
/// which <see cref="Swap"/> puts in its place, so readers of the output folder see either the old site or the new one,
/// never a half-written mix; <see cref="Recover"/> mends what a killed build left.
/// </summary>
internal static class SiteWriter
{
    /// <summary>Puts back an output a killed build left missing and removes stale staging folders (<see cref="StagingCleanup"/>).</summary>
    public static void Recover(string outputFolder, OutputLockWait? lockWait = null, CancellationToken cancel = default)
    {
        var output = Path.GetFullPath(outputFolder).TrimEnd(Path.DirectorySeparatorChar);
        if (Path.GetDirectoryName(output) is { } parent && Directory.Exists(parent)) StagingCleanup.Begin(output, lockWait, cancel).Dispose();
    }

    /// <summary>Replaces <paramref name="output"/> by <paramref name="staging"/> with two renames, putting the previous
    /// output back if the second fails. The output is marked with its retired name before the first rename, so a build
    /// killed between the two leaves a folder the next one knows as its own (<see cref="StagingCleanup"/>).</summary>
    internal static void Swap(string staging, string output)
    {
        if (!Directory.Exists(output))
        {
            Directory.Move(staging, output);
            StagingCleanup.Unmark(output); // the staging folder's marker
            return;
        }
        var retired = output + $".old-{Guid.NewGuid():N}";
        StagingCleanup.Unmark(output);
        StagingCleanup.Mark(output, Path.GetFileName(retired));
        Directory.Move(output, retired);
        try
        {
            Directory.Move(staging, output);
        }
        catch
        {
            Directory.Move(retired, output); // put the previous site back before reporting the failure
            StagingCleanup.Unmark(output);
            throw;
        }
        StagingCleanup.Unmark(output);
        Directory.Delete(retired, recursive: true);
    }
}
