using System.Threading.Channels;

namespace Generator.Tests.Serve;

/// <summary>A test's browser tab: reads the server-sent events of /__livereload as they arrive.</summary>
public sealed class LiveReloadStream : IAsyncDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);
    private readonly HttpResponseMessage response;
    private readonly Channel<(string Name, string Data)> events = Channel.CreateUnbounded<(string, string)>();
    private readonly Task reading;

    private LiveReloadStream(HttpResponseMessage response, Stream stream)
    {
        this.response = response;
        reading = Task.Run(() => ReadAsync(new StreamReader(stream)));
    }

    public string? ContentType => response.Content.Headers.ContentType?.MediaType;

    public static async Task<LiveReloadStream> OpenAsync(HttpClient client)
    {
        var response = await client.GetAsync("/__livereload", HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        return new LiveReloadStream(response, await response.Content.ReadAsStreamAsync());
    }

    /// <summary>Waits for the next event called <paramref name="name"/>, skipping others; fails after a timeout.</summary>
    public async Task<string> NextAsync(string name)
    {
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            while (true)
            {
                var next = await events.Reader.ReadAsync(timeout.Token);
                if (next.Name == name) return next.Data;
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"no '{name}' event within {Timeout.TotalSeconds} s");
        }
    }

    private async Task ReadAsync(StreamReader reader)
    {
        string name = "message", data = "";
        try
        {
            while (await reader.ReadLineAsync() is { } line)
            {
                if (line.StartsWith("event: ", StringComparison.Ordinal)) name = line["event: ".Length..];
                else if (line.StartsWith("data: ", StringComparison.Ordinal)) data += (data.Length > 0 ? "\n" : "") + line["data: ".Length..];
                else if (line.Length == 0)
                {
                    events.Writer.TryWrite((name, data));
                    (name, data) = ("message", "");
                }
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or HttpRequestException)
        {
        }
        events.Writer.TryComplete();
    }

    public async ValueTask DisposeAsync()
    {
        response.Dispose();
        await reading;
    }
}
