using BenchmarkDotNet.Attributes;
using Generator.Serve;

namespace Generator.Bench;

/// <summary>
/// serve end to end, as an author sees it: from writing the edited post to the reload event arriving at a browser's
/// event stream. The path is the real one: the file system's change notification, the watcher's batching window
/// (<see cref="ServeOptions.QuietPeriodMilliseconds"/>, counted here), the rebuild, and the server-sent event over
/// HTTP. Each iteration appends a sentence to the newest post's body, as saving one's work does.
/// </summary>
[Config(typeof(ServeConfig))]
public class ServeReloadBenchmarks
{
    private SyntheticSite site = null!;
    private DevServer server = null!;
    private HttpClient client = null!;
    private StreamReader events = null!;
    private string post = null!;
    private int edits;

    [Params(1_000, 10_000)]
    public int Posts { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        site = new SyntheticSite(Posts);
        server = DevServer.StartAsync(new ServeOptions(site.Root, Port: 0), new ServeReporter(TextWriter.Null, quiet: true)).GetAwaiter().GetResult();
        if (server.Current.IsBroken) throw new InvalidOperationException("the generated site does not build");
        client = new HttpClient { BaseAddress = server.ServerAddress, Timeout = Timeout.InfiniteTimeSpan };
        var response = client.GetAsync(LiveReloadPage.EventsPath, HttpCompletionOption.ResponseHeadersRead).GetAwaiter().GetResult();
        events = new StreamReader(response.EnsureSuccessStatusCode().Content.ReadAsStream());
        if (NextEventAsync().GetAwaiter().GetResult() != "hello") throw new InvalidOperationException("no greeting on the event stream");
        post = SyntheticSite.NewestPost(site.Root);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        events.Dispose();
        client.Dispose();
        server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        site.Dispose();
    }

    [Benchmark]
    public async Task<string> ReloadAfterSavingOnePost()
    {
        SyntheticSite.Edit(post, ++edits);
        return await NextEventAsync() is "reload" ? "reload" : throw new InvalidOperationException("the rebuild did not end in a reload");
    }

    /// <summary>The name of the next server-sent event (its data lines are skipped).</summary>
    private async Task<string> NextEventAsync()
    {
        string? name = null;
        while (await events.ReadLineAsync() is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal)) name = line["event: ".Length..];
            else if (line.Length == 0 && name is not null) return name;
        }
        throw new InvalidOperationException("the event stream ended");
    }
}
