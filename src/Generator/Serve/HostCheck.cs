using System.Net;

namespace Generator.Serve;

/// <summary>
/// Which <c>Host</c> headers serve answers. A page on the web can point its own DNS name at 127.0.0.1 (DNS
/// rebinding) and then read the preview, drafts included, from a reader's browser tab; such a request carries that
/// name in <c>Host</c>. Only localhost and the address being served (any IP literal when serving on all addresses)
/// are answered.
/// </summary>
internal static class HostCheck
{
    public static bool Allowed(string requestHost, string servedHost)
    {
        var host = requestHost.Trim('[', ']');
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase)) return true;
        if (!IPAddress.TryParse(host, out var requested)) return false;
        if (!IPAddress.TryParse(servedHost, out var served)) return IPAddress.IsLoopback(requested); // served as localhost
        return served.Equals(IPAddress.Any) || served.Equals(IPAddress.IPv6Any) || Normal(requested).Equals(Normal(served));
    }

    /// <summary>127.0.0.2, ::1 and ::ffff:127.0.0.1 are this machine too: no "other machines can reach" warning.</summary>
    public static bool IsLoopback(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(Normal(ip)));

    private static IPAddress Normal(IPAddress ip) => ip.IsIPv4MappedToIPv6 ? ip.MapToIPv4() : ip;
}
