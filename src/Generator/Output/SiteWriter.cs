using System.Text;
using Generator.Content;
using Generator.Rendering;

namespace Generator.Output;

/// <summary>
/// The Output stage: writes the whole site into a fresh temporary folder beside the output folder, then swaps it in.
/// Readers of the output folder see either the old site or the new one, never a half-written mix.
/// </summary>
public static class SiteWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static void Write(string outputFolder, IReadOnlyList<OutputFile> files, AssetManifest assets, StaticFiles? staticFiles = null,
        IReadOnlyList<GeneratedFile>? images = null, CancellationToken cancel = default)
    {
        var output = Path.GetFullPath(outputFolder).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(output) ?? throw new InvalidOperationException("the output folder cannot be a file system root");
        Directory.CreateDirectory(parent);
        using var cleanup = StagingCleanup.Begin(output);
        var staging = Path.Combine(parent, $".{Path.GetFileName(output)}.tmp-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(staging);
            File.WriteAllText(Path.Combine(staging, OutputFolder.Mark), OutputFolder.MarkText);
            foreach (var relative in staticFiles?.Paths ?? [])
            {
                cancel.ThrowIfCancellationRequested();
                var target = SafePath.Inside(staging, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(staticFiles!.FullPath(relative), target);
            }
            Parallel.ForEach(files, new ParallelOptions { CancellationToken = cancel }, file =>
            {
                var path = SafePath.Inside(staging, file.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, file.Content, Utf8);
            });
            assets.CopyTo(staging);
            GeneratedFile.CopyAll(staging, images ?? []);
            cancel.ThrowIfCancellationRequested(); // the last point to stop: the swap itself is two renames
            Swap(staging, output);
        }
        finally
        {
            if (Directory.Exists(staging)) StagingCleanup.TryDelete(staging);
        }
    }

    /// <summary>Puts back an output a killed build left missing and removes stale staging folders (<see cref="StagingCleanup"/>).</summary>
    public static void Recover(string outputFolder)
    {
        var output = Path.GetFullPath(outputFolder).TrimEnd(Path.DirectorySeparatorChar);
        if (Path.GetDirectoryName(output) is { } parent && Directory.Exists(parent)) StagingCleanup.Begin(output).Dispose();
    }

    private static void Swap(string staging, string output)
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
