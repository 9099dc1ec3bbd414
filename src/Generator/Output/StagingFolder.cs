using System.Text;
using Generator.Content;
using Generator.Rendering;

namespace Generator.Output;

/// <summary>
/// The fresh folder beside the output that a build writes into, so pages can go to disk as they render instead of all
/// being held in memory. <see cref="Commit"/> swaps it in as the output folder (<see cref="SiteWriter.Swap"/>); disposing
/// it uncommitted (a failed or cancelled build) deletes it and leaves the previous output as it was. It holds the
/// output's lock (<see cref="StagingCleanup"/>) from opening to disposal, so two builds never write one output at once.
/// </summary>
internal sealed class StagingFolder : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly string output;
    private readonly string staging;
    private readonly StagingCleanup cleanup;
    private readonly CancellationToken cancel;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> outputs = new(StringComparer.Ordinal);

    private StagingFolder(string output, string staging, StagingCleanup cleanup, CancellationToken cancel)
    {
        this.output = output;
        this.staging = staging;
        this.cleanup = cleanup;
        this.cancel = cancel;
    }

    /// <summary>Where text files' bytes are kept between builds (<c>.cache/build/</c>); null: written only here.</summary>
    public Record.BuildCache? Cache { get; init; }

    /// <summary>The SHA-256 of every text file added through <see cref="Cache"/>, by output path (the record's outputs).</summary>
    public IReadOnlyDictionary<string, string> Outputs => outputs;

    /// <summary>Takes the output's lock, creates the staging folder with the build's marks (<see cref="OutputFolder.Mark"/>
    /// for the output it becomes, <see cref="StagingCleanup.Marker"/> for a later build's clean-up) and copies content/'s
    /// non-Markdown files into it.</summary>
    public static StagingFolder Open(string outputFolder, StaticFiles? staticFiles = null, CancellationToken cancel = default,
        OutputLockWait? lockWait = null, Record.BuildCache? cache = null)
    {
        var output = Path.GetFullPath(outputFolder).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(output) ?? throw new InvalidOperationException("the output folder cannot be a file system root");
        Directory.CreateDirectory(parent);
        var cleanup = StagingCleanup.Begin(output, lockWait, cancel);
        var folder = new StagingFolder(output, Path.Combine(parent, $".{Path.GetFileName(output)}.tmp-{Guid.NewGuid():N}"), cleanup, cancel)
            { Cache = cache };
        try
        {
            Directory.CreateDirectory(folder.staging);
            StagingCleanup.Mark(folder.staging, Path.GetFileName(folder.staging)); // what a later build may remove
            File.WriteAllText(Path.Combine(folder.staging, OutputFolder.Mark), OutputFolder.MarkText);
            foreach (var relative in staticFiles?.Paths ?? [])
            {
                cancel.ThrowIfCancellationRequested();
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

    /// <summary>Writes one file as UTF-8; safe to call from several threads at once. With a <see cref="Cache"/>, the
    /// file is its cache entry linked in (an entry written only if no entry holds the same bytes).</summary>
    /// <returns>The SHA-256 of its bytes, with a cache.</returns>
    public string? Add(OutputFile file)
    {
        cancel.ThrowIfCancellationRequested();
        var path = SafePath.Inside(staging, file.Path);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (Cache is null)
        {
            File.WriteAllText(path, file.Content, Utf8);
            return null;
        }
        // Encoded into a pooled buffer rather than a new array per page (23,000 of them at 10,000 posts).
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(Utf8.GetMaxByteCount(file.Content.Length));
        try
        {
            var bytes = buffer.AsMemory(0, Utf8.GetBytes(file.Content, buffer));
            var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes.Span));
            Place(Cache.Put(bytes, hash), path);
            outputs[file.Path] = hash;
            return hash;
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Adds the file an earlier build wrote with these bytes, if the cache still holds them unchanged.</summary>
    public bool TryReuse(string relative, string hash)
    {
        cancel.ThrowIfCancellationRequested();
        if (Cache?.Find(hash) is not { } entry) return false;
        var path = SafePath.Inside(staging, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        Place(entry, path);
        outputs[relative] = hash;
        return true;
    }

    /// <summary>A hard link to the entry where the file system allows (no bytes written), else a copy; never a link of
    /// another kind (link(2) links a symbolic link itself, and an artifact packer would follow it).</summary>
    private static void Place(string entry, string path)
    {
        if (!HardLink.TryCreate(entry, path)) File.Copy(entry, path, overwrite: true);
        if (FileKinds.OfEntry(path) != FileKind.Regular)
        {
            File.Delete(path);
            throw new IOException($"the build cache's '{entry}' is no longer a regular file; build again");
        }
    }

    /// <summary>Writes several files in parallel.</summary>
    public void AddAll(IReadOnlyList<OutputFile> files) => Parallel.ForEach(files, new ParallelOptions { CancellationToken = cancel }, f => Add(f));

    /// <summary>Writes the remaining files, the theme assets and the generated images, then swaps the staging folder in
    /// as the output folder.</summary>
    public void Commit(IReadOnlyList<OutputFile> files, AssetManifest assets, IReadOnlyList<GeneratedFile> images)
    {
        AddAll(files);
        assets.CopyTo(staging);
        GeneratedFile.CopyAll(staging, images, cancel);
        cancel.ThrowIfCancellationRequested(); // the last point to stop: the swap itself is two renames
        SiteWriter.Swap(staging, output);
    }

    public void Dispose()
    {
        if (Directory.Exists(staging)) StagingCleanup.TryDelete(staging);
        cleanup.Dispose();
    }
}
