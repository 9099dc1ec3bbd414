using Generator.Content;
using Generator.Rendering;

namespace Generator.Output;

/// <summary>
/// The Output stage: writes the whole site into a fresh temporary folder beside the output folder, then swaps it in.
/// Readers of the output folder see either the old site or the new one, never a half-written mix.
/// </summary>
public static class SiteWriter
{
    public static void Write(string outputFolder, IReadOnlyList<OutputFile> files, AssetManifest assets, StaticFiles? staticFiles = null)
    {
        using var staging = StagingFolder.Open(outputFolder, staticFiles);
        Parallel.ForEach(files, staging.Add);
        staging.Commit(assets);
    }

    /// <summary>Moves <paramref name="staging"/> into place as <paramref name="output"/>, putting the old output back if that fails.</summary>
    internal static void Swap(string staging, string output)
    {
        if (!Directory.Exists(output))
        {
            Directory.Move(staging, output);
            return;
        }
        var retired = output + $".old-{Guid.NewGuid():N}";
        Directory.Move(output, retired);
        try
        {
            Directory.Move(staging, output);
        }
        catch
        {
            Directory.Move(retired, output); // put the previous site back before reporting the failure
            throw;
        }
        Directory.Delete(retired, recursive: true);
    }
}
