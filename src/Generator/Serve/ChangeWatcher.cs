using System.Threading.Channels;
using Generator.Content;
using Generator.Rendering;

namespace Generator.Serve;

/// <summary>
/// Watches the site's inputs (content/, templates/, site.yml) and hands out batches of changed paths, relative to
/// the site root. Saving a file raises several events within milliseconds (truncate, write, rename by editors that
/// save atomically); collecting them until a quiet period passes turns one save into one rebuild.
/// </summary>
public sealed class ChangeWatcher : IDisposable
{
    /// <summary>Stands for "anything may have changed", after the watcher lost events.</summary>
    public const string Everything = "*";

    private readonly string root;
    private readonly List<FileSystemWatcher> watchers = [];
    private readonly Channel<string> events = Channel.CreateUnbounded<string>();
    private readonly Channel<IReadOnlyList<string>> batches = Channel.CreateUnbounded<IReadOnlyList<string>>();
    private readonly CancellationTokenSource stopping = new();

    private ChangeWatcher(string root, TimeSpan quietPeriod)
    {
        this.root = root;
        Watch(Path.Combine(root, "content"), "*", recursive: true);
        Watch(Path.Combine(root, TemplateSet.Folder), "*", recursive: true);
        Watch(root, SiteConfigReader.FileName, recursive: false);
        _ = Task.Run(() => BatchAsync(quietPeriod, stopping.Token));
    }

    public ChannelReader<IReadOnlyList<string>> Batches => batches.Reader;

    public static ChangeWatcher Start(string siteRoot, TimeSpan quietPeriod) => new(Path.GetFullPath(siteRoot), quietPeriod);

    private void Watch(string folder, string filter, bool recursive)
    {
        if (!Directory.Exists(folder)) return;
        var watcher = new FileSystemWatcher(folder, filter)
        {
            IncludeSubdirectories = recursive,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        watcher.Changed += (_, e) => Post(e.FullPath);
        watcher.Created += (_, e) => Post(e.FullPath);
        watcher.Deleted += (_, e) => Post(e.FullPath);
        watcher.Renamed += (_, e) =>
        {
            Post(e.OldFullPath);
            Post(e.FullPath);
        };
        watcher.Error += (_, _) => events.Writer.TryWrite(Everything);
        watcher.EnableRaisingEvents = true;
        watchers.Add(watcher);
    }

    private void Post(string fullPath)
    {
        var relative = SourceFile.RelativeTo(root, fullPath);
        if (IsEditorScratch(relative)) return;
        if (relative == SiteConfigReader.FileName || relative.StartsWith("content/", StringComparison.Ordinal)
            || relative.StartsWith(TemplateSet.Folder + "/", StringComparison.Ordinal))
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
        foreach (var watcher in watchers) watcher.Dispose();
        stopping.Cancel();
        events.Writer.TryComplete();
        stopping.Dispose();
    }
}
