using System.Text;
using Generator.Content;
using Generator.Rendering;

namespace Generator.Output;

/// <summary>
/// The temporary folder a build writes into, so pages can go to disk as soon as they are rendered instead of all being
/// held in memory: <see cref="Commit"/> swaps it in as the output folder; disposing it uncommitted (a failed build)
/// deletes it and leaves the previous output as it was.
/// </summary>
public sealed class StagingFolder : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly string output;
    private readonly string staging;

    private StagingFolder(string output, string staging)
    {
        this.output = output;
        this.staging = staging;
    }

    /// <summary>Creates the staging folder and copies content/'s non-Markdown files into it (files added later win).</summary>
    public static StagingFolder Open(string outputFolder, StaticFiles? staticFiles = null)
    {
        var output = Path.GetFullPath(outputFolder).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(output) ?? throw new InvalidOperationException("the output folder cannot be a file system root");
        Directory.CreateDirectory(parent);
        var folder = new StagingFolder(output, Path.Combine(parent, $".{Path.GetFileName(output)}.tmp-{Guid.NewGuid():N}"));
        try
        {
            Directory.CreateDirectory(folder.staging);
            foreach (var relative in staticFiles?.Paths ?? [])
            {
                var target = SafePath.Inside(folder.staging, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(staticFiles!.FullPath(relative), target);
            }
            return folder;
        }
        catch
        {
            folder.Dispose();
            throw;
        }
    }

    /// <summary>Writes one file; safe to call from several threads at once.</summary>
    public void Add(OutputFile file)
    {
        var path = SafePath.Inside(staging, file.Path);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, file.Content, Utf8);
    }

    /// <summary>Adds the theme assets and swaps the staging folder in as the output folder.</summary>
    public void Commit(AssetManifest assets)
    {
        assets.CopyTo(staging);
        SiteWriter.Swap(staging, output);
    }

    public void Dispose()
    {
        if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
    }
}
