namespace Generator.Serve;

/// <summary><c>serve</c>'s settings. Port 0 asks the system for a free port (tests use it).</summary>
public sealed record ServeOptions(
    string SourceRoot,
    string Host = "127.0.0.1",
    int Port = 5080,
    bool ShowDrafts = true,
    string? BaseUrl = null,
    int QuietPeriodMilliseconds = 100)
{
    /// <summary>Builds in memory only: serve never writes an output folder.</summary>
    public BuildOptions ToBuildOptions() =>
        new(SourceRoot, Path.Combine(Path.GetFullPath(SourceRoot), "_site"), BaseUrl, Drafts: ShowDrafts, Future: ShowDrafts);
}
