using System.Threading.Channels;
using Generator.Content;
using Generator.Rendering;

namespace Generator.Serve;

/// <summary>
/// Watches the site's inputs (content/, templates/, site.yml) and hands out batches of changed paths, relative to
/// the site root. Saving a file raises several events within milliseconds (truncate, write, rename by editors that
/// save atomically); collecting them until a quiet period passes turns one save into one rebuild.
/// A site using the built-in theme has no templates/ folder until its first override (theme eject, or a partial written
/// by hand), so the site root itself is watched too, and a content/ or templates/ folder created later is watched from
/// then on.
/// </summary>
internal sealed class ChangeWatcher : IDisposable
{
    /// <summary>Stands for "anything may have changed", after the watcher lost events.</summary>
    public const string Everything = "*";

    private static readonly string[] Folders = ["content", TemplateSet.Folder];

    private readonly string root;
    private readonly Dictionary<string, FileSystemWatcher> watchers = new(StringComparer.Ordinal);
    private readonly Lock watching = new();
    private readonly Channel<string> events = Channel.CreateUnbounded<string>();
    private readonly Channel<IReadOnlyList<string>> batches = Channel.CreateUnbounded<IReadOnlyList<string>>();
    private readonly CancellationTokenSource stopping = new();

    private ChangeWatcher(string root, TimeSpan quietPeriod)
    {
        this.root = root;
        foreach (var folder in Folders) Watch(folder);
        Watch("", recursive: false, onCreated: CreatedAtRoot);
        _ = Task.Run(() => BatchAsync(quietPeriod, stopping.Token));
    }

    public ChannelReader<IReadOnlyList<string>> Batches => batches.Reader;

    public static ChangeWatcher Start(string siteRoot, TimeSpan quietPeriod) => new(Path.GetFullPath(siteRoot), quietPeriod);

    private void Watch(string folder, bool recursive = true, Action<string>? onCreated = null)
    {
        var path = Path.Combine(root, folder);
        if (!Directory.Exists(path)) return;
        var watcher = new FileSystemWatcher(path, "*")
        {
            IncludeSubdirectories = recursive,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        // A folder's own change events (its times) say nothing its files' events do not.
        watcher.Changed += (_, e) => { if (!Directory.Exists(e.FullPath)) Post(e.FullPath); };
        watcher.Created += (_, e) =>
        {
            onCreated?.Invoke(e.FullPath);
            Post(e.FullPath);
        };
        watcher.Deleted += (_, e) => Post(e.FullPath);
        watcher.Renamed += (_, e) =>
        {
            Post(e.OldFullPath);
            onCreated?.Invoke(e.FullPath);
            Post(e.FullPath);
        };
        watcher.Error += (_, _) => events.Writer.TryWrite(Everything);
        watcher.EnableRaisingEvents = true;
        lock (watching)
        {
            if (watchers.Remove(folder, out var previous)) previous.Dispose();
            if (stopping.IsCancellationRequested) watcher.Dispose();
            else watchers[folder] = watcher;
        }
    }

    /// <summary>
    /// content/ or templates/ appeared (mkdir, or a folder moved in): watch it, and report the files it already holds,
    /// since they may have been written before the watcher started.
    /// </summary>
    private void CreatedAtRoot(string fullPath)
    {
        var name = Path.GetFileName(fullPath);
        if (!Folders.Contains(name) || !Directory.Exists(fullPath) || stopping.IsCancellationRequested) return;
        Watch(name);
        foreach (var file in Directory.EnumerateFiles(fullPath, "*", SearchOption.AllDirectories)) Post(file);
    }

    private void Post(string fullPath)
    {
        var relative = SourceFile.RelativeTo(root, fullPath);
        if (IsEditorScratch(relative)) return;
        if (relative == SiteConfigReader.FileName || Folders.Any(f => relative == f || relative.StartsWith(f + "/", StringComparison.Ordinal)))
            events.Writer.TryWrite(relative);
    }

    /// <summary>
    /// Files editors write while saving (vim's 4913 and .swp, emacs' .#x and x~, sed -i's sedXXXXXX) are not inputs;
    /// ignoring them keeps the terminal's list of changes to the files the author edited.
    /// </summary>
    public static bool IsEditorScratch(string relative)
    {
        var name = Path.GetFileName(relative);
        var extension = Path.GetExtension(name);
        return name.StartsWith('.') || name.EndsWith('~') || extension is ".swp" or ".swx" or ".tmp" || name == "4913"
            || (name.Length == 9 && name.StartsWith("sed", StringComparison.Ordinal) && extension.Length == 0);
    }

    private async Task BatchAsync(TimeSpan quietPeriod, CancellationToken cancel)
    {
        try
        {
            while (await events.Reader.WaitToReadAsync(cancel))
            {
                var batch = new SortedSet<string>(StringComparer.Ordinal);
                do
                {
                    while (events.Reader.TryRead(out var path)) batch.Add(path);
                }
                while (await MoreWithin(quietPeriod, cancel));
                batches.Writer.TryWrite(batch.ToList());
            }
        }
        catch (OperationCanceledException)
        {
        }
        finally
        {
            batches.Writer.TryComplete();
        }
    }

    private async Task<bool> MoreWithin(TimeSpan quietPeriod, CancellationToken cancel)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        timeout.CancelAfter(quietPeriod);
        try
        {
            return await events.Reader.WaitToReadAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
        {
            return false;
        }
    }

    public void Dispose()
    {
        stopping.Cancel();
        lock (watching)
        {
            foreach (var watcher in watchers.Values) watcher.Dispose();
            watchers.Clear();
        }
        events.Writer.TryComplete();
        stopping.Dispose();
    }
}
