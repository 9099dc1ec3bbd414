namespace Generator.Content;

/// <summary>
/// A bare DNS host name, as GitHub Pages expects in a CNAME file and in its custom-domain setting:
/// <c>news.example.com</c>, never <c>https://news.example.com/</c>, a port, a path or an IP address.
/// </summary>
internal static class HostName
{
    private const int MaxLength = 253;
    private const int MaxLabelLength = 63;

    /// <summary>
    /// Reads <paramref name="text"/> as a host name. On success <paramref name="host"/> is its lower-case form (DNS is
    /// case-insensitive, and GitHub shows the domain in lower case); otherwise <paramref name="problem"/> says why.
    /// </summary>
    public static bool TryParse(string text, out string host, out string problem)
    {
        host = text.Trim().ToLowerInvariant();
        problem = "";
        if (host.Length == 0) return Fail("it is empty", out problem);
        if (host.Contains("://", StringComparison.Ordinal))
        {
            var hint = Uri.TryCreate(host, UriKind.Absolute, out var url) && url.Host.Length > 0 ? $"; write '{url.Host}'" : "";
            return Fail("it is a URL, not a host name" + hint, out problem);
        }
        if (host.IndexOfAny(['/', ':', '?', '#', '@']) is var at and >= 0)
            return Fail($"'{host[at]}' cannot appear in a host name; write the domain only" + HostPartHint(host), out problem);
        if (host.Length > MaxLength) return Fail($"it is longer than {MaxLength} characters", out problem);
        if (host.Any(c => !char.IsAscii(c)))
            return Fail("it has non-ASCII letters; write an internationalised domain in its xn-- (Punycode) form", out problem);

        var labels = host.Split('.');
        if (labels.Length < 2) return Fail("a custom domain has at least two labels, such as example.com", out problem);
        foreach (var label in labels)
        {
            if (label.Length == 0) return Fail("it has an empty label (two dots in a row, or a dot at the start or end)", out problem);
            if (label.Length > MaxLabelLength) return Fail($"the label '{label}' is longer than {MaxLabelLength} characters", out problem);
            if (!label.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
                return Fail($"the label '{label}' may only hold letters, digits and '-'", out problem);
            if (label.StartsWith('-') || label.EndsWith('-')) return Fail($"the label '{label}' starts or ends with '-'", out problem);
        }
        if (labels[^1].All(char.IsAsciiDigit)) return Fail("it looks like an IP address; GitHub Pages needs a domain name", out problem);
        return true;
    }

    private static string HostPartHint(string text)
    {
        var start = text.StartsWith("//", StringComparison.Ordinal) ? 2 : 0;
        var end = text.IndexOfAny(['/', ':', '?', '#'], start);
        var candidate = end < 0 ? text[start..] : text[start..end];
        return candidate.Length > 0 && candidate != text && !candidate.Contains('@') ? $" ('{candidate}')" : "";
    }

    private static bool Fail(string reason, out string problem)
    {
        problem = reason;
        return false;
    }
}
