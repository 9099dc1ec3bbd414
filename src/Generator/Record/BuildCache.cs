using System.Collections.Concurrent;
using System.Security.Cryptography;
using Generator.Content;
using Generator.Output;

namespace Generator.Record;

/// <summary>
/// <c>.cache/build/</c>: the last build's record (<see cref="BuildRecord"/>), the bytes of every text file it wrote,
/// each under the SHA-256 of its bytes (<c>files/ab/abcd…</c>), and its posts' Markdown conversions (<c>markdown</c>). A build reuses a page whose key is unchanged by linking
/// its entry into the output instead of rendering it, and writes an entry only for bytes no entry has; so the output's
/// unchanged files keep their identity and time, and CI, which restores <c>.cache/</c>, renders only what changed.
/// </summary>
/// <remarks>The rules of the image cache (<see cref="ImageCache"/>): no path of it is read or written through a link
/// (<see cref="CachePaths"/>), an entry is used only while its bytes hash to its name, and a record that cannot be read,
/// was made by another build of the tool or does not match its checksum is set aside with one note: every page renders.</remarks>
internal sealed class BuildCache : IDisposable
{
    public const string Folder = ".cache/build";
    private const string RecordFile = Folder + "/record";
    private const string Entries = Folder + "/files";

    private const string LockFile = Folder + "/lock";
    private const string ConversionsFile = Folder + "/markdown";
    private const string StampsFile = Folder + "/stamps";

    private readonly string root;
    private readonly ConcurrentDictionary<string, EntryStamp> stamps = new(StringComparer.Ordinal);

    /// <summary>The entries this build wrote or checked, with their size and time then.</summary>
    public IReadOnlyDictionary<string, EntryStamp> Stamps => stamps;
    private FileStream? held;

    private BuildCache(string root) => this.root = root;

    /// <summary>Whether this build holds the cache: two builds of one site (into two output folders) would otherwise
    /// remove each other's entries. The second renders every page, writes plainly and records nothing.</summary>
    public bool Active => held is not null;

    public void Dispose() => held?.Dispose();

    /// <summary>The previous build's record, if it may be trusted and the build was asked to use it.</summary>
    public BuildRecord? Previous { get; private set; }

    /// <summary>Why a record that was there is not used (one line for the terminal).</summary>
    public string? Note { get; private set; }

    /// <summary>The cache of the site at <paramref name="siteRoot"/>; null when a path of it is a link or not what it
    /// should be (an error at that path, as for the image cache).</summary>
    /// <param name="usePrevious">False (<c>build --clean</c>): the record is written for the next build but not read.</param>
    public static BuildCache? Open(string siteRoot, bool usePrevious, DiagnosticBag diagnostics)
    {
        bool Safe(string relative, FileKind kind) => CachePaths.Safe(siteRoot, relative, kind, diagnostics, "the build cache", "the file");
        if (!(Safe(".cache", FileKind.Directory) & Safe(Folder, FileKind.Directory) & Safe(RecordFile, FileKind.Regular)
              & Safe(ConversionsFile, FileKind.Regular) & Safe(StampsFile, FileKind.Regular) & Safe(Entries, FileKind.Directory))) return null;
        var full = Path.Combine(siteRoot, Entries);
        if (Directory.Exists(full) && !Directory.EnumerateFileSystemEntries(full)
                .Select(e => Safe(Entries + "/" + Path.GetFileName(e), FileKind.Directory)).Aggregate(true, (a, b) => a & b))
            return null;
        var cache = new BuildCache(siteRoot);
        Directory.CreateDirectory(Path.Combine(siteRoot, Folder));
        try
        {
            cache.held = NoFollow.OpenLock(SafePath.Inside(siteRoot, LockFile));
        }
        catch (IOException) when (FileKinds.OfEntry(Path.Combine(siteRoot, LockFile)) != FileKind.Link)
        {
            cache.Note = $"another build of this site is using {Folder}/; this build rendered every page and recorded nothing";
            return cache;
        }
        cache.usePrevious = usePrevious;
        return cache;
    }

    private bool usePrevious;

    /// <summary>Reads the previous build's record and conversions, once the build knows it has work to do
    /// (<see cref="UpToDateCheck"/>).</summary>
    public void Load()
    {
        if (usePrevious) LoadPrevious();
        Conversions = usePrevious ? LoadConversions() ?? new Markdown.MarkdownCache() : new Markdown.MarkdownCache();
    }

    /// <summary>The last build's stamps (<see cref="BuildStamps"/>); null when there are none or they cannot be trusted.</summary>
    public BuildStamps? ReadStamps()
    {
        try
        {
            var path = Path.Combine(root, StampsFile);
            if (!File.Exists(path)) return null;
            using var stream = NoFollow.OpenRead(path);
            return BuildStamps.ReadFrom(stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null; // an unreadable stamps file only means a build that reads everything
        }
    }

    /// <remarks>Stamps describe their output, so ones left behind never match a changed output; forgetting them is
    /// a second guard, and one that cannot be removed is left to that first.</remarks>
    public void ForgetStamps()
    {
        var path = SafePath.Inside(root, StampsFile);
        try
        {
            if (FileKinds.OfEntry(path) == FileKind.Regular) File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }

    /// <param name="write">Writes the stamps (<see cref="BuildStamps.Write"/>); an <see cref="IOException"/> from it (a link
    /// found in the output) means no stamps, and the next build reads its inputs.</param>
    public void SaveStamps(Action<Stream> write)
    {
        try
        {
            CachePaths.Replace(SafePath.Inside(root, StampsFile), write);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Without stamps the next build reads its inputs: slower, never wrong.
        }
    }

    /// <summary>The previous build's Markdown conversions (a one-language site's posts), keyed as serve keys them: a
    /// post whose body and the settings every conversion depends on are unchanged is not converted again.</summary>
    public Markdown.MarkdownCache? Conversions { get; private set; }

    private Markdown.MarkdownCache? LoadConversions()
    {
        var path = Path.Combine(root, ConversionsFile);
        if (!File.Exists(path)) return null;
        try
        {
            using (var stream = NoFollow.OpenRead(path))
                if (Markdown.MarkdownCache.ReadFrom(stream) is { } loaded) return loaded;
            Note ??= $"{ConversionsFile} does not match its checksum or is not one this build of newsgen reads; it was set aside and every post was converted";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Note ??= $"{ConversionsFile} could not be read ({e.Message.Split('\n')[0]}); every post was converted";
        }
        return null;
    }

    /// <summary>Keeps the build's conversions for the next build, when it made or dropped any.</summary>
    public void SaveConversions()
    {
        if (Conversions is not { ChangedByLastBuild: true } conversions) return;
        CachePaths.Replace(SafePath.Inside(root, ConversionsFile), conversions.WriteTo);
    }

    private void LoadPrevious()
    {
        var path = Path.Combine(root, RecordFile);
        if (!File.Exists(path)) return;
        try
        {
            BuildRecord? record;
            using (var stream = NoFollow.OpenRead(path)) record = BuildRecord.ReadFrom(stream);
            if (record is null) Note = $"{RecordFile} does not match its checksum or is not a record this build of newsgen reads; it was set aside and every page was rendered";
            else if (record.Tool != BuildRecord.ThisTool) Note = $"{RecordFile} was made by another build of newsgen; every page was rendered";
            else Previous = record;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Note = $"{RecordFile} could not be read ({e.Message.Split('\n')[0]}); every page was rendered";
        }
    }

    private string EntryPath(string hash) => SafePath.Inside(root, $"{Entries}/{hash[..2]}/{hash}");

    /// <summary>The entry holding the bytes <paramref name="hash"/> names, if it is a regular file that still holds them.</summary>
    /// <remarks>Reading every entry back at every build would cost more than rendering (a 10,000-post site's pages are a
    /// gigabyte), so an entry whose size and modification time are those the record saw when its bytes last hashed to
    /// its name is taken as it is (as git trusts its index's stat data); any other entry is hashed again. An edit in place
    /// (an entry is a hard link of an output file) changes the time, so it is caught.</remarks>
    public string? Find(string hash)
    {
        var path = EntryPath(hash);
        if (stamps.ContainsKey(hash)) return path;
        try
        {
            if (FileKinds.OfEntry(path) != FileKind.Regular) return null;
            // The stat data alone for an entry the record vouches for (opening 23,000 entries cost more than their stat);
            // were it swapped for a link meanwhile, StagingFolder.Place refuses the result.
            var info = new FileInfo(path);
            if (Previous?.Stamps.GetValueOrDefault(hash) is { } known && known == new EntryStamp(info.Length, info.LastWriteTimeUtc.Ticks))
            {
                stamps[hash] = known;
                return path;
            }
            using var stream = NoFollow.OpenRead(path);
            var stamp = new EntryStamp(stream.Length, File.GetLastWriteTimeUtc(stream.SafeFileHandle).Ticks);
            if (Previous?.Stamps.GetValueOrDefault(hash) != stamp && Convert.ToHexStringLower(SHA256.HashData(stream)) != hash) return null;
            stamps[hash] = stamp;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or LinkRefusedException)
        {
            return null; // missing, a link, or unreadable: made again
        }
        return path;
    }

    /// <summary>The entry for <paramref name="bytes"/>, written unless an entry already holds them.</summary>
    public string Put(ReadOnlyMemory<byte> bytes, string hash)
    {
        if (Find(hash) is { } existing) return existing;
        stamps.TryRemove(hash, out _);
        var path = EntryPath(hash);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        CachePaths.Replace(path, stream =>
        {
            stream.Write(bytes.Span);
            stream.Flush();
            stamps[hash] = new EntryStamp(bytes.Length, File.GetLastWriteTimeUtc(stream.SafeFileHandle).Ticks);
        });
        return path;
    }

    /// <summary>Saves the record for the next build and removes the entries it no longer names.</summary>
    public void Save(BuildRecord record)
    {
        var keep = record.Outputs.Values.ToHashSet(StringComparer.Ordinal);
        record = record with { Stamps = record.Stamps.Where(s => keep.Contains(s.Key)).ToDictionary(StringComparer.Ordinal) };
        var path = SafePath.Inside(root, RecordFile);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        CachePaths.Replace(path, record.WriteTo);
        var entries = Path.Combine(root, Entries);
        if (!Directory.Exists(entries)) return;
        foreach (var file in Directory.EnumerateFiles(entries, "*", SearchOption.AllDirectories))
            if (!keep.Contains(Path.GetFileName(file))) File.Delete(file);
    }

    /// <summary>Forgets the record (a build whose pages cannot all be reused later: see <see cref="SiteBuild"/>).</summary>
    public void Forget()
    {
        var path = SafePath.Inside(root, RecordFile);
        if (FileKinds.OfEntry(path) == FileKind.Regular) File.Delete(path);
    }
}
