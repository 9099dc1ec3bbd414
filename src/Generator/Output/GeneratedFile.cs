namespace Generator.Output;

/// <summary>
/// A binary file the build made (an image variant or a social card): its path in the output and the file in the
/// site's image cache (<see cref="ImageCache"/>) that holds its bytes.
/// </summary>
internal sealed record GeneratedFile(string Path, string CacheFile)
{
    /// <summary>Puts the file into the (staging) output folder: a hard link where the file system allows, else a copy.</summary>
    public static void CopyAll(string outputFolder, IReadOnlyList<GeneratedFile> files, CancellationToken cancel = default) =>
        Parallel.ForEach(files, new ParallelOptions { CancellationToken = cancel }, file =>
        {
            var target = SafePath.Inside(outputFolder, file.Path);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            if (!HardLink.TryCreate(file.CacheFile, target)) File.Copy(file.CacheFile, target, overwrite: true);
            // link(2) links a symlink itself, not its target. ImageCache checked the entry, but it is the output that
            // must never hold a link (an artifact packer that follows links would publish its target).
            if (Content.FileKinds.OfEntry(target) != Content.FileKind.Regular)
            {
                File.Delete(target);
                throw new IOException($"the image cache's '{file.CacheFile}' is no longer a regular file; build again");
            }
        });
}
