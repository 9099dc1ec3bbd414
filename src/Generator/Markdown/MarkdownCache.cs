using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Generator.Content;

namespace Generator.Markdown;

/// <summary>
/// Post conversions kept between the builds of one process (<c>serve</c>): a post whose body, slug and linking switch
/// did not change converts to the same HTML as long as everything every conversion depends on (the base path, the
/// glossary, content/'s other files for image sizes, the interface strings and the theme's element ids) is unchanged too, so a rebuild converts only the posts that
/// changed. Entries a build did not use are dropped at its next build, so deleted posts do not pile up.
/// </summary>
internal sealed class MarkdownCache
{
    private readonly Lock gate = new();
    private ConcurrentDictionary<string, (RenderedMarkdown Content, IReadOnlyList<string> Links)> current = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, (RenderedMarkdown Content, IReadOnlyList<string> Links)> previous = new(StringComparer.Ordinal);
    private string settings = "";
    private int converted;
    private Func<Article, RenderedArticle>? convert;

    /// <summary>Posts the last build converted rather than reused.</summary>
    public int Converted => Volatile.Read(ref converted);

    /// <summary>Called once at the start of each build, before any <see cref="Article"/> call.</summary>
    /// <param name="convert">The build's conversion (its glossary and Markdig pipeline), kept for <see cref="Continue"/>.</param>
    /// <param name="pipelineInputs">What else the pipeline was made from: the interface strings it writes (call-out
    /// headings, the permalinks' name) and the ids the theme's templates write, which heading ids avoid.</param>
    public void Begin(string basePath, IReadOnlyList<GlossaryTerm> terms, StaticFiles staticFiles, IEnumerable<string> pipelineInputs,
        Func<Article, RenderedArticle> convert)
    {
        var key = Fingerprint(basePath, terms, staticFiles, pipelineInputs);
        lock (gate)
        {
            previous = key == settings ? current : new(StringComparer.Ordinal);
            current = new(StringComparer.Ordinal);
            settings = key;
            converted = 0;
            this.convert = convert;
        }
    }

    /// <summary>
    /// serve's fast path, which converts only edited posts and keeps everything else of the last build: counts anew,
    /// keeps the entries of the last build, and converts with its pipeline (nothing it depends on changed, or the
    /// fast path would not have been taken). Null before any build.
    /// </summary>
    public Func<Article, RenderedArticle>? Continue()
    {
        converted = 0;
        return convert is { } last ? article => Article(article, last) : null;
    }

    /// <summary><c>build</c>, once its posts are converted: lets the build's pipeline go (its glossary automaton, Markdig
    /// and the converters' buffers), which only serve's fast path (<see cref="Continue"/>) uses again.</summary>
    public void ReleasePipeline() => convert = null;

    public RenderedArticle Article(Article article, Func<Article, RenderedArticle> convert)
    {
        // A hash rather than the text: the cache then holds no second copy of every body, and can be kept on disk.
        var key = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{article.Slug}\0{article.GlossaryLinking}\0{article.Body}")));
        if (current.TryGetValue(key, out var hit) || previous.TryGetValue(key, out hit))
        {
            current[key] = hit;
            return new RenderedArticle(article, hit.Content, hit.Links);
        }
        Interlocked.Increment(ref converted);
        var rendered = convert(article);
        current[key] = (rendered.Content, rendered.LinkedTermSlugs);
        return rendered;
    }

    /// <summary>Whether the last build converted a post, or left an entry it had unused: then it is worth saving.</summary>
    public bool ChangedByLastBuild => converted > 0 || current.Count != previous.Count;

    private const string Magic = "newsgen conversions 1";

    /// <summary>Writes the last build's conversions, with the settings they were made under, for <c>build</c>'s next run
    /// (<c>.cache/build/markdown</c>); conversions that found problems in their body are left out (made again, and
    /// reported, next time). The last 32 bytes are the SHA-256 of the rest. Streamed: at 10,000 posts it is 80 MB,
    /// which a copy in memory would add to the build's peak.</summary>
    public void WriteTo(Stream output) => ChecksummedFile.Write(output, writer =>
    {
        writer.Write(Magic);
        writer.Write(settings);
        var entries = current.Where(e => e.Value.Content.Issues.Count == 0).OrderBy(e => e.Key, StringComparer.Ordinal).ToList();
        writer.Write7BitEncodedInt(entries.Count);
        foreach (var (key, (content, links)) in entries)
        {
            writer.Write(key);
            writer.Write7BitEncodedInt(links.Count);
            foreach (var link in links) writer.Write(link);
            writer.Write7BitEncodedInt(content.Stats.Words);
            writer.Write7BitEncodedInt(content.Stats.CjkCharacters);
            writer.Write7BitEncodedInt(content.Headings.Count);
            foreach (var heading in content.Headings)
            {
                writer.Write7BitEncodedInt(heading.Level);
                writer.Write(heading.Id);
                writer.Write(heading.Text);
            }
            writer.Write7BitEncodedInt(content.Utf8.Length);
            writer.Write(content.Utf8);
        }
    });

    /// <summary>A cache holding the conversions <paramref name="input"/> holds (read to its end); null when it is not
    /// such a file, whole and unchanged (<see cref="ChecksummedFile.Read{T}(Stream, Func{BinaryReader, T})"/>).</summary>
    public static MarkdownCache? ReadFrom(Stream input) => ChecksummedFile.Read(input, reader =>
    {
        if (reader.ReadString() != Magic) return null;
        var cache = new MarkdownCache { settings = reader.ReadString() };
        for (var n = reader.Read7BitEncodedInt(); n > 0; n--)
        {
            var key = reader.ReadString();
            var links = new string[reader.Read7BitEncodedInt()];
            for (var i = 0; i < links.Length; i++) links[i] = reader.ReadString();
            var stats = new ReadingStats(reader.Read7BitEncodedInt(), reader.Read7BitEncodedInt());
            var headings = new TocEntry[reader.Read7BitEncodedInt()];
            for (var i = 0; i < headings.Length; i++) headings[i] = new TocEntry(reader.Read7BitEncodedInt(), reader.ReadString(), reader.ReadString());
            var html = reader.ReadBytes(reader.Read7BitEncodedInt());
            cache.current[key] = (RenderedMarkdown.FromUtf8(html, stats, headings), links);
        }
        return cache;
    });

    private static string Fingerprint(string basePath, IReadOnlyList<GlossaryTerm> terms, StaticFiles staticFiles, IEnumerable<string> pipelineInputs)
    {
        var text = new StringBuilder(basePath).Append('\0').Append(JsonSerializer.Serialize(terms, ContentJson.Default.IReadOnlyListGlossaryTerm));
        foreach (var input in pipelineInputs) text.Append('\0').Append(input);
        foreach (var path in staticFiles.Paths)
        {
            var file = new FileInfo(staticFiles.FullPath(path));
            text.Append('\0').Append(path).Append(' ').Append(file.Exists ? file.Length : -1).Append(' ')
                .Append(file.Exists ? file.LastWriteTimeUtc.Ticks : 0);
        }
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
