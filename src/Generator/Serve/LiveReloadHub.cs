using System.Collections.Concurrent;
using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading.Channels;
using Generator.Content;

namespace Generator.Serve;

/// <summary>One message to open browsers: <c>reload</c>, <c>css</c> (swap stylesheets), <c>broken</c> (show errors).</summary>
internal sealed record LiveReloadEvent(string Name, string Data)
{
    public static LiveReloadEvent Hello(ServedSite site) =>
        new("hello", Json(new() { Broken = site.IsBroken, Diagnostics = Lines(site.Errors) }));

    public static LiveReloadEvent Reload(IReadOnlyList<string> urls) => new("reload", Json(new() { Urls = urls }));

    public static LiveReloadEvent Stylesheets(ServedSite site) => new("css", Json(new() { Stylesheets = site.Stylesheets }));

    public static LiveReloadEvent Broken(IReadOnlyList<Diagnostic> errors) => new("broken", Json(new() { Diagnostics = Lines(errors) }));

    private static string Json(LiveReloadMessage message) => JsonSerializer.Serialize(message, ServeJson.Default.LiveReloadMessage);

    private static List<string> Lines(IReadOnlyList<Diagnostic> diagnostics) => diagnostics.Select(d => d.ToString()).ToList();
}

/// <summary>
/// The Server-Sent Events side of live reload: every open page holds one stream; a rebuild's outcome is sent to all.
/// A slow or stalled browser only loses old messages (the newest one is what matters), never blocks a rebuild.
/// </summary>
internal sealed class LiveReloadHub
{
    private readonly ConcurrentDictionary<Channel<LiveReloadEvent>, bool> clients = new();

    public int ClientCount => clients.Count;

    public void Publish(LiveReloadEvent message)
    {
        foreach (var client in clients.Keys) client.Writer.TryWrite(message);
    }

    /// <summary>Ends every stream, so a stopping server is not held open by browsers waiting for news.</summary>
    public void CompleteAll()
    {
        foreach (var client in clients.Keys) client.Writer.TryComplete();
    }

    /// <param name="greeting">Made after the stream is registered, so no rebuild falls between the greeting's state and
    /// the first message.</param>
    public async IAsyncEnumerable<SseItem<string>> Subscribe(Func<LiveReloadEvent> greeting, [EnumeratorCancellation] CancellationToken cancel)
    {
        var channel = Channel.CreateBounded<LiveReloadEvent>(new BoundedChannelOptions(16) { FullMode = BoundedChannelFullMode.DropOldest });
        clients[channel] = true;
        try
        {
            var hello = greeting();
            yield return new SseItem<string>(hello.Data, hello.Name);
            while (await Next(channel, cancel) is { } message)
                yield return new SseItem<string>(message.Data, message.Name);
        }
        finally
        {
            clients.TryRemove(channel, out _);
        }
    }

    private static async Task<LiveReloadEvent?> Next(Channel<LiveReloadEvent> channel, CancellationToken cancel)
    {
        try
        {
            return await channel.Reader.WaitToReadAsync(cancel) && channel.Reader.TryRead(out var message) ? message : null;
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }
}
