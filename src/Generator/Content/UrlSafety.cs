namespace Generator.Content;

/// <summary>
/// URL schemes that run code or smuggle in a document when written into <c>href</c>/<c>src</c>: <c>javascript:</c>,
/// <c>vbscript:</c> and <c>data:</c>. Read the way browsers read them (leading spaces and controls ignored, tabs and
/// newlines removed, any case), so <c>" JaVa\tScript:"</c> is caught too.
/// </summary>
internal static class UrlSafety
{
    private static readonly string[] Refused = ["javascript", "vbscript", "data"];

    public static bool IsUnsafe(string? url)
    {
        if (string.IsNullOrEmpty(url)) return false;
        var cleaned = new System.Text.StringBuilder(Math.Min(url.Length, 32));
        foreach (var c in url.TrimStart(Controls))
        {
            if (c is '\t' or '\n' or '\r') continue;
            if (c == ':') return Refused.Contains(cleaned.ToString().ToLowerInvariant());
            if (c is '/' or '?' or '#' || cleaned.Length > 16) return false; // a path or query before any scheme
            cleaned.Append(c);
        }
        return false;
    }

    public static string Message(string url) =>
        $"'{Shorten(url)}' is not allowed: javascript:, vbscript: and data: URLs can run code in readers' browsers; link to an http(s) URL or a file of the site";

    private static string Shorten(string url) => url.Length <= 60 ? url : url[..57] + "...";

    private static readonly char[] Controls = Enumerable.Range(0, 0x21).Select(i => (char)i).ToArray();
}
