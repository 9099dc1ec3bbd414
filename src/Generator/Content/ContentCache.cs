using System.Collections.Concurrent;

namespace Generator.Content;

/// <summary>
/// What each content file read to in earlier builds of one process (<c>serve</c>): its record, the diagnostics reading
/// it gave, and its front matter as written. A file whose length and last-write time are unchanged is not read or
/// parsed again. Time stamps can be coarser than two quick saves, so the files the watcher reports are always read
/// again (<see cref="Begin"/>); and since readers check front matter against site.yml (authors, categories,
/// languages), a changed site.yml or base URL drops everything.
/// </summary>
internal sealed class ContentCache
{
    private sealed record Entry(long Length, DateTime Written, string FrontMatter, object? Record, IReadOnlyList<Diagnostic> Diagnostics);

    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);
    private string settings = "";
    private int read;

    /// <summary>Files the last build read and parsed (the others were reused).</summary>
    public int Read => Volatile.Read(ref read);

    /// <summary>Called at the start of each build, before <see cref="ContentLoader"/> asks for any file.</summary>
    /// <param name="settingsKey">Everything readers depend on besides the file: site.yml's text and the base URL override.</param>
    /// <param name="changedPaths">Paths relative to the site root; "*" (the watcher lost events) forgets everything.</param>
    public void Begin(string settingsKey, IReadOnlyCollection<string> changedPaths)
    {
        if (settingsKey != settings || changedPaths.Contains("*")) entries.Clear();
        settings = settingsKey;
        foreach (var path in changedPaths) entries.TryRemove(path, out _);
        read = 0;
    }

    /// <summary>The front matter of <paramref name="relative"/> as the last build read it (empty without one); null if not read.</summary>
    public string? FrontMatterOf(string relative) => entries.TryGetValue(relative, out var entry) ? entry.FrontMatter : null;

    /// <summary>Every post record held (drafts and future posts included), for serve to know the next scheduled date.</summary>
    public IEnumerable<Article> Articles => entries.Values.Select(e => e.Record).OfType<Article>();

    /// <summary>The file's record: from the cache while its length and write time are unchanged, else read afresh.</summary>
    /// <param name="readFile">Reads and parses the file, reporting into the bag it is given; returns the record and the
    /// document (for its front matter), either null when the file is unusable.</param>
    public T? Get<T>(InputFile file, DiagnosticBag diagnostics, Func<DiagnosticBag, (T? Record, FrontMatterDocument? Document)> readFile)
        where T : class
    {
        var info = new FileInfo(file.FullPath);
        if (entries.TryGetValue(file.RelativePath, out var hit) && info.Exists && hit.Length == info.Length && hit.Written == info.LastWriteTimeUtc)
        {
            foreach (var diagnostic in hit.Diagnostics) diagnostics.Add(diagnostic);
            return hit.Record as T;
        }
        return Reread(file, info, diagnostics, readFile);
    }

    /// <summary>Reads the file whatever its time stamp says and keeps the result (serve's fast path for an edited post).</summary>
    public T? Reread<T>(InputFile file, DiagnosticBag diagnostics, Func<DiagnosticBag, (T? Record, FrontMatterDocument? Document)> readFile)
        where T : class => Reread(file, new FileInfo(file.FullPath), diagnostics, readFile);

    private T? Reread<T>(InputFile file, FileInfo before, DiagnosticBag diagnostics,
        Func<DiagnosticBag, (T? Record, FrontMatterDocument? Document)> readFile) where T : class
    {
        Interlocked.Increment(ref read);
        // The stamp is taken before reading: a save during the read leaves a newer stamp, so the next build reads again.
        var (length, written) = before.Exists ? (before.Length, before.LastWriteTimeUtc) : (-1L, DateTime.MinValue);
        var own = new DiagnosticBag();
        var (record, document) = readFile(own);
        var found = own.All;
        foreach (var diagnostic in found) diagnostics.Add(diagnostic);
        var frontMatter = document is null ? "" : document.File.Text[..^document.Body.Length];
        entries[file.RelativePath] = new Entry(length, written, frontMatter, record, found);
        return record;
    }

    /// <summary>The configuration the records were read with (readers check front matter against it).</summary>
    public SiteConfig? Config { get; private set; }

    /// <summary>Called by the loader after reading site.yml and walking content/: forgets files the walk did not find
    /// (deleted or renamed), so they do not pile up.</summary>
    public void Walked(SiteConfig? config, IReadOnlyList<InputFile> files)
    {
        Config = config;
        var present = files.Select(f => f.RelativePath).ToHashSet(StringComparer.Ordinal);
        foreach (var path in entries.Keys)
            if (!present.Contains(path)) entries.TryRemove(path, out _);
    }
}
