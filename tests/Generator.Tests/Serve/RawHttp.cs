using System.Net.Sockets;
using System.Text;

namespace Generator.Tests.Serve;

/// <summary>
/// Sends a request line exactly as written. HttpClient (like browsers) removes "/../" before sending, so attacks on
/// path handling can only be tested over a plain socket.
/// </summary>
public static class RawHttp
{
    public static async Task<int> StatusOfAsync(Uri server, string target)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(server.Host, server.Port);
        var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET {target} HTTP/1.1\r\nHost: {server.Authority}\r\nConnection: close\r\n\r\n"));
        var statusLine = await new StreamReader(stream, Encoding.ASCII).ReadLineAsync() ?? "";
        return int.Parse(statusLine.Split(' ')[1]);
    }
}
