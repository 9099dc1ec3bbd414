using System.Text;

namespace Generator.Markdown;

/// <summary>
/// The result of rendering one Markdown body. The HTML is kept as UTF-8, half the size of a .NET string for the
/// mostly-ASCII text of a post: every post's HTML lives for the whole build (pages, feeds, search index), about
/// 160 MB of UTF-16 at 10,000 posts. <see cref="Html"/> decodes a fresh string on each read, which its readers (one
/// page, a feed item, a search entry) drop again at once.
/// </summary>
internal sealed record RenderedMarkdown
{
    private readonly byte[] utf8;

    public RenderedMarkdown(string html, ReadingStats stats, IReadOnlyList<TocEntry> headings)
    {
        utf8 = Encoding.UTF8.GetBytes(html);
        Stats = stats;
        Headings = headings;
    }

    private RenderedMarkdown(byte[] utf8, ReadingStats stats, IReadOnlyList<TocEntry> headings)
    {
        this.utf8 = utf8;
        Stats = stats;
        Headings = headings;
    }

    /// <summary>A conversion read back from the build cache (<see cref="MarkdownCache.ReadFrom"/>).</summary>
    public static RenderedMarkdown FromUtf8(byte[] utf8, ReadingStats stats, IReadOnlyList<TocEntry> headings) => new(utf8, stats, headings);

    /// <summary>The HTML as it is held, for the build cache to write.</summary>
    public ReadOnlySpan<byte> Utf8 => utf8;

    /// <summary>A body that was not converted, for the reason <paramref name="issue"/> gives.</summary>
    public static RenderedMarkdown Refused(MarkdownIssue issue) => new("", new ReadingStats(0, 0), []) { Issues = [issue] };

    public string Html => Encoding.UTF8.GetString(utf8);

    /// <summary>The SHA-256 of the HTML's UTF-8, computed once (the dependency record hashes a body for the post's own
    /// read and again inside its page's model).</summary>
    public byte[] Sha256 => sha256 ??= System.Security.Cryptography.SHA256.HashData(utf8);

    private byte[]? sha256;

    public ReadingStats Stats { get; }

    public IReadOnlyList<TocEntry> Headings { get; }

    /// <summary>Problems found in the body, reported by the build at file positions (<see cref="MarkdownIssues"/>).</summary>
    public IReadOnlyList<MarkdownIssue> Issues { get; init; } = [];

    public bool Equals(RenderedMarkdown? other) =>
        other is not null && utf8.AsSpan().SequenceEqual(other.utf8) && Stats == other.Stats
        && Equals(Headings, other.Headings) && Equals(Issues, other.Issues);

    public override int GetHashCode() => HashCode.Combine(utf8.Length, Stats, Headings);
}
