namespace Generator.Serve;

/// <summary><c>serve</c>'s settings. Port 0 asks the system for a free port (tests use it).</summary>
/// <param name="QuietPeriodMilliseconds">How long the watcher waits after a change for more before rebuilding. One
/// save's events (write, or write to a temp file and rename) arrive within a few milliseconds of each other, and the
/// window is part of every save's wait for the reload, so it is short; a save it splits rebuilds twice, correctly.</param>
internal sealed record ServeOptions(
    string SourceRoot,
    string Host = "127.0.0.1",
    int Port = 5080,
    bool ShowDrafts = true,
    string? BaseUrl = null,
    int QuietPeriodMilliseconds = 30)
{
    /// <summary>How long a cancelled rebuild (superseded by a newer change, or serve stopping) may take to stop before
    /// serve goes on without it.</summary>
    public TimeSpan CancelWait { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Builds in memory only: serve never writes an output folder.</summary>
    public BuildOptions ToBuildOptions() =>
        new(SourceRoot, Path.Combine(Path.GetFullPath(SourceRoot), "_site"), BaseUrl, Drafts: ShowDrafts, Future: ShowDrafts);
}
