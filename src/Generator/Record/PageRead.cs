namespace Generator.Record;

/// <summary>
/// A content file a page shows, recorded where the view of it is made (<see cref="Rendering.ViewFactory"/>): the page's
/// own file (a post page's post, a term page's term, a page's Markdown) or another file's card (a post in a list,
/// related reading, a term a post links).
/// </summary>
/// <param name="Source">The file, relative to the site root (<c>content/posts/x.md</c>).</param>
/// <param name="Own">Whether it is the page's own file: its whole content shows, not only its card.</param>
/// <param name="Shown">What the page shows of it (a card view), hashed so that the record can say which file changed.</param>
internal sealed record PageRead(string Source, bool Own, object Shown)
{
    /// <summary>The input's name in the record: the file for its whole content, the file's card apart from it (a
    /// body edit that leaves the card alone changes only the first).</summary>
    public string Name => Own ? Source : Source + CardSuffix;

    public const string CardSuffix = "#card";
}

/// <summary>What a post page shows of its own post: its summary (title, dates, tags, byline) and its body.</summary>
internal sealed record OwnContent(object Summary, Markdown.RenderedMarkdown Body);

/// <summary>The reads of the views made since the last <see cref="Take"/>: one page's, as <see cref="Rendering.PageJobs"/>
/// makes one page's views at a time.</summary>
internal sealed class ReadLog
{
    private List<PageRead> reads = [];

    public void Add(string source, bool own, object shown) => reads.Add(new PageRead(source, own, shown));

    public IReadOnlyList<PageRead> Take()
    {
        if (reads.Count == 0) return [];
        var taken = reads;
        reads = [];
        return taken;
    }
}
