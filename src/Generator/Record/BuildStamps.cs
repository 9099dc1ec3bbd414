using System.IO.Enumeration;
using System.Text;

namespace Generator.Record;

/// <summary>The size and modification time (UTC ticks) of a file, or of a folder (size -1), by its path under a root.</summary>
internal readonly record struct FileStamp(string Path, long Size, long Ticks);

/// <summary>
/// The contents of <c>.cache/build/stamps</c>: the size and time of every input file (site.yml, content/, templates/)
/// and of every file and folder of the output, as they were when the last build finished without a diagnostic, with
/// the tool and options that build ran with. See <see cref="UpToDateCheck"/>.
/// </summary>
/// <param name="Settings">The tool build, the output folder and the options that change the output.</param>
/// <param name="NextScheduled">UTC ticks of the earliest post dated after that build (its page and lists change when
/// the time comes); <see cref="long.MaxValue"/> when none.</param>
/// <param name="Paths">The build's <see cref="BuildResult.Paths"/>, for the summary line of a build with nothing to do.</param>
internal sealed record BuildStamps(string Settings, long NextScheduled, FileStamp[] Inputs, FileStamp[] Outputs, string[] Paths)
{
    private const string Magic = "newsgen-stamps 2";
    private const long Link = long.MinValue;

    /// <summary>Every input file of the site as the Content and Rendering stages list them (dot-names skipped); null when
    /// one is a link, which the stamps do not follow: such a site always builds.</summary>
    public static FileStamp[]? ScanInputs(string siteRoot)
    {
        var stamps = new List<FileStamp>();
        try
        {
            var config = new FileInfo(Path.Combine(siteRoot, Content.SiteConfigReader.FileName));
            if (config.Exists)
            {
                if (config.LinkTarget is not null) return null;
                stamps.Add(new FileStamp(Content.SiteConfigReader.FileName, config.Length, config.LastWriteTimeUtc.Ticks));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
        foreach (var folder in new[] { Content.StaticFiles.Folder, Rendering.ThemeFiles.Folder })
            if (!Scan(siteRoot, folder, skipDotNames: true, stamps)) return null;
        return Sorted(stamps);
    }

    /// <summary>The output folder (path "") and every file and folder under it, listed as they are read (57,000 entries
    /// at 10,000 posts: not held in memory at the end of a build, where its peak is).</summary>
    /// <exception cref="IOException">The output is not a folder, or holds a link.</exception>
    public static IEnumerable<FileStamp> OutputEntries(string outputFolder)
    {
        var root = new DirectoryInfo(outputFolder);
        if (!root.Exists || root.LinkTarget is not null) throw new IOException($"{outputFolder} is not a folder");
        yield return new FileStamp("", -1, root.LastWriteTimeUtc.Ticks);
        foreach (var stamp in Entries(outputFolder, skipDotNames: false))
            yield return stamp.Size == Link ? throw new IOException($"{outputFolder} holds a link") : stamp;
    }

    /// <summary>Whether every file and folder of <see cref="Outputs"/> still has its stamp, without listing the folders:
    /// an entry added to, removed from or renamed in a folder changes the folder's time, so the recorded entries are all
    /// there is (a link put in place of a file is such a change too).</summary>
    public bool OutputUnchanged(string outputFolder)
    {
        try
        {
            if (new DirectoryInfo(outputFolder).LinkTarget is not null) return false;
            foreach (var stamp in Outputs)
            {
                var path = stamp.Path.Length == 0 ? outputFolder : Path.Join(outputFolder, stamp.Path);
                if (stamp.Size < 0 ? new DirectoryInfo(path) is not { Exists: true } folder || folder.LastWriteTimeUtc.Ticks != stamp.Ticks
                    : new FileInfo(path) is not { Exists: true } file || file.Length != stamp.Size || file.LastWriteTimeUtc.Ticks != stamp.Ticks)
                    return false;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
        return Outputs.Length > 0;
    }

    /// <returns>False when a link was found, or a path that cannot be listed (too long, unreadable: the build reports
    /// it; the stamps stay out of it).</returns>
    private static bool Scan(string root, string folder, bool skipDotNames, List<FileStamp> stamps)
    {
        try
        {
            var start = Path.Combine(root, folder);
            var info = new DirectoryInfo(start);
            if (!info.Exists) return info.LinkTarget is null && !File.Exists(start);
            if (info.LinkTarget is not null) return false;
            foreach (var stamp in Entries(start, skipDotNames))
            {
                if (stamp.Size == Link) return false;
                stamps.Add(stamp);
            }
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static FileSystemEnumerable<FileStamp> Entries(string start, bool skipDotNames)
    {
        var skip = start.Length + 1;
        return new FileSystemEnumerable<FileStamp>(start, (ref FileSystemEntry entry) =>
            (entry.Attributes & FileAttributes.ReparsePoint) != 0 ? new FileStamp("", Link, 0)
            : new FileStamp(Path.Join(entry.Directory, entry.FileName)[skip..].Replace('\\', '/'),
                entry.IsDirectory ? -1 : entry.Length, entry.LastWriteTimeUtc.UtcTicks),
            new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false })
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => !skipDotNames || !entry.FileName.StartsWith('.'),
            ShouldRecursePredicate = (ref FileSystemEntry entry) =>
                (entry.Attributes & FileAttributes.ReparsePoint) == 0 && (!skipDotNames || !entry.FileName.StartsWith('.')),
        };
    }

    /// <summary>The files, in ordinal order (an input folder matters only through its files).</summary>
    private static FileStamp[] Sorted(List<FileStamp> stamps)
    {
        var kept = stamps.Where(s => s.Size >= 0).ToArray();
        Array.Sort(kept, (a, b) => string.CompareOrdinal(a.Path, b.Path));
        return kept;
    }

    public byte[] ToBytes()
    {
        using var memory = new MemoryStream();
        Write(memory, Settings, NextScheduled, Inputs, Outputs, Paths);
        return memory.ToArray();
    }

    /// <summary>Writes stamps to <paramref name="output"/>, the SHA-256 of the rest last; the outputs as they are listed.</summary>
    public static void Write(Stream output, string settings, long nextScheduled, IReadOnlyList<FileStamp> inputs,
        IEnumerable<FileStamp> outputs, IReadOnlyList<string> paths) => ChecksummedFile.Write(output, writer =>
    {
        writer.Write(Magic);
        writer.Write(settings);
        writer.Write(nextScheduled);
        writer.Write(inputs.Count);
        foreach (var stamp in inputs) Write(writer, stamp);
        foreach (var stamp in outputs)
        {
            writer.Write(true);
            Write(writer, stamp);
        }
        writer.Write(false);
        writer.Write(paths.Count);
        foreach (var path in paths) writer.Write(path);
    });

    private static void Write(BinaryWriter writer, FileStamp stamp)
    {
        writer.Write(stamp.Path);
        writer.Write(stamp.Size);
        writer.Write(stamp.Ticks);
    }

    /// <summary>The stamps in <paramref name="bytes"/>; null when they are cut short, edited or of another format.</summary>
    public static BuildStamps? FromBytes(byte[] bytes) => ChecksummedFile.Read(bytes, Read);

    /// <summary>The stamps <paramref name="input"/> holds, read to its end; null as for <see cref="FromBytes"/>.</summary>
    public static BuildStamps? ReadFrom(Stream input) => ChecksummedFile.Read(input, Read);

    private static BuildStamps? Read(BinaryReader reader, long length)
    {
        if (reader.ReadString() != Magic) return null;
        var settings = reader.ReadString();
        var next = reader.ReadInt64();
        var inputs = new FileStamp[Count(reader, length)];
        for (var i = 0; i < inputs.Length; i++) inputs[i] = ReadStamp(reader);
        var outputs = new List<FileStamp>();
        while (reader.ReadBoolean()) outputs.Add(ReadStamp(reader));
        var paths = new string[Count(reader, length)];
        for (var i = 0; i < paths.Length; i++) paths[i] = reader.ReadString();
        return new BuildStamps(settings, next, inputs, [.. outputs], paths);
    }

    private static FileStamp ReadStamp(BinaryReader reader) => new(reader.ReadString(), reader.ReadInt64(), reader.ReadInt64());

    private static int Count(BinaryReader reader, long length) =>
        reader.ReadInt32() is var n && n >= 0 && n <= length ? n : throw new InvalidDataException("bad count");
}
