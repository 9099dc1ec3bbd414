using System.Globalization;
using System.Text;
using Generator.Content;

namespace Generator.Bench.Corpus;

/// <summary>One generated post, in a form both writers (ours and Hugo's) turn into a content file.</summary>
internal sealed record CorpusPost(string Slug, string Title, DateTimeOffset Date, string Author, string Category,
    IReadOnlyList<string> Tags, string Summary, string Body);

/// <summary>
/// A deterministic AI-news corpus: the same seed, post count and term count always give the same posts, byte for
/// byte. Dates are spread evenly over the ten years before 2026 (so nothing is in the future), titles repeat across
/// dates (their slugs get a counter, as Hugo and Ghost do), tags follow a long tail (a few tags on many posts).
/// </summary>
internal sealed class NewsCorpus
{
    private static readonly DateTimeOffset Start = new(2016, 1, 1, 6, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset End = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public NewsCorpus(int posts, int terms, int seed)
    {
        Terms = Vocabulary.Terms(terms);
        var random = new Random(seed);
        var prose = new Prose(random, Terms);
        var titles = Enumerable.Range(0, Math.Max(20, posts / 4)).Select(_ => Title(random)).ToArray();
        var used = new Dictionary<string, int>(StringComparer.Ordinal);
        var slugs = new List<string>(posts);
        var step = (End - Start) / Math.Max(1, posts);
        var list = new List<CorpusPost>(posts);
        for (var i = 0; i < posts; i++)
        {
            var title = titles[random.Next(titles.Length)];
            var baseSlug = Slug.From(title);
            var repeat = used[baseSlug] = used.GetValueOrDefault(baseSlug) + 1;
            var slug = repeat == 1 ? baseSlug : $"{baseSlug}-{repeat}";
            var date = Start + step * i + TimeSpan.FromMinutes(random.Next(0, 50));
            var tags = Enumerable.Range(0, 2 + random.Next(5)).Select(_ => Tag(random)).Distinct().ToArray();
            var summary = $"{title}: {Vocabulary.Objects[random.Next(Vocabulary.Objects.Length)]}, and what it means for readers.";
            list.Add(new CorpusPost(slug, title, date, Vocabulary.Authors[random.Next(4)].Id,
                Vocabulary.Categories[random.Next(5)].Id, tags, summary, prose.Body(slugs)));
            slugs.Add(slug);
        }
        Posts = list;
    }

    public IReadOnlyList<string> Terms { get; }

    public IReadOnlyList<CorpusPost> Posts { get; }

    public static string TermDefinition(string term) =>
        $"A plain-language definition of {term}: what it is, and why the news keeps mentioning it.";

    public static string TermBody(string term) =>
        $"Explained simply, **{term}** is one of the ideas behind today's AI systems.\n\n" +
        $"Most stories mention {term} in passing; this page says what it is, where it is used and why it matters.\n";

    /// <summary>Strings for YAML double-quoted scalars.</summary>
    public static string Quote(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    public static string Date(DateTimeOffset date) => date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    public static string YamlList(IEnumerable<string> items) => "[" + string.Join(", ", items.Select(Quote)) + "]";

    private static string Title(Random random)
    {
        var title = new StringBuilder()
            .Append(Vocabulary.Companies[random.Next(Vocabulary.Companies.Length)]).Append(' ')
            .Append(Vocabulary.TitleVerbs[random.Next(Vocabulary.TitleVerbs.Length)]).Append(' ')
            .Append(Vocabulary.TitleObjects[random.Next(Vocabulary.TitleObjects.Length)]).ToString();
        return char.ToUpperInvariant(title[0]) + title[1..];
    }

    /// <summary>A long tail: the square of a uniform number favours the first tags of the list.</summary>
    private static string Tag(Random random)
    {
        var x = random.NextDouble();
        return Vocabulary.Tags[(int)(x * x * Vocabulary.Tags.Length)];
    }
}
