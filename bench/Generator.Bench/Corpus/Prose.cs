using System.Text;

namespace Generator.Bench.Corpus;

/// <summary>
/// The body of one generated post, about 750 words of Markdown: an introduction, four or five sections with
/// headings, paragraphs with emphasis and links (outside and to earlier posts), a bullet or numbered list, a table,
/// a quote and a footnote. Glossary terms appear as plain phrases inside sentences, as authors write them; each post
/// is about <see cref="TopicTerms"/> of them (the example blog's posts link 4 to 12), however big the glossary.
/// </summary>
internal sealed class Prose(Random random, IReadOnlyList<string> terms)
{
    public const int TopicTerms = 8;
    private readonly string[] topic = new string[TopicTerms];

    public string Body(IReadOnlyList<string> earlierSlugs)
    {
        for (var i = 0; i < topic.Length; i++) topic[i] = terms[random.Next(terms.Count)];
        var text = new StringBuilder(6_000);
        Paragraph(text, 3, earlierSlugs);
        var sections = 4 + random.Next(2);
        var first = random.Next(Vocabulary.Headings.Length);
        for (var s = 0; s < sections; s++)
        {
            text.Append("## ").Append(Vocabulary.Headings[(first + s) % Vocabulary.Headings.Length]).Append("\n\n");
            Paragraph(text, 3, earlierSlugs);
            switch ((s + first) % 4)
            {
                case 0: List(text, ordered: false); break;
                case 1: Table(text); break;
                case 2: Quote(text); break;
                default: List(text, ordered: true); break;
            }
            if (s == 1)
            {
                text.Append("### In detail\n\n");
                Paragraph(text, 2, earlierSlugs);
            }
            Paragraph(text, 2, earlierSlugs);
        }
        text.Append("The estimate comes from the company's own filing.[^1]\n\n");
        text.Append("[^1]: ").Append(Sentence()).Append("\n");
        return text.ToString();
    }

    private void Paragraph(StringBuilder text, int sentences, IReadOnlyList<string> earlierSlugs)
    {
        for (var i = 0; i < sentences; i++)
        {
            var sentence = Sentence();
            text.Append(random.Next(8) switch
            {
                0 => sentence.Replace(" expect ", " *expect* ").Replace(" found ", " **found** "),
                1 when earlierSlugs.Count > 0 => sentence + $" We covered [the earlier story](/posts/{earlierSlugs[random.Next(earlierSlugs.Count)]}/) in detail.",
                2 => sentence + $" The [full report](https://example.org/reports/{random.Next(10_000)}) has more.",
                _ => sentence,
            }).Append(' ');
        }
        text.Append("\n\n");
    }

    /// <summary>About 17 words; every third sentence names one of the post's glossary terms.</summary>
    private string Sentence()
    {
        var term = random.Next(3) == 0 ? $" about the {topic[random.Next(topic.Length)]}" : "";
        return $"{Pick(Vocabulary.Subjects)} {Pick(Vocabulary.Verbs)} {Pick(Vocabulary.Objects)}{term}, {Pick(Vocabulary.Clauses)}.";
    }

    private void List(StringBuilder text, bool ordered)
    {
        var items = 3 + random.Next(3);
        for (var i = 1; i <= items; i++)
            text.Append(ordered ? $"{i}. " : "- ").Append("**").Append(Pick(Vocabulary.Subjects)).Append(".** ")
                .Append(Sentence()).Append('\n');
        text.Append('\n');
    }

    private void Table(StringBuilder text)
    {
        text.Append("| Company | Measure | Change |\n|---|---|---:|\n");
        for (var i = 0; i < 4; i++)
            text.Append("| ").Append(Pick(Vocabulary.Companies)).Append(" | ").Append(Pick(Vocabulary.Objects))
                .Append(" | ").Append(random.Next(-40, 120)).Append(" % |\n");
        text.Append('\n');
    }

    private void Quote(StringBuilder text) =>
        text.Append("> ").Append(Sentence()).Append(' ').Append(Sentence()).Append("\n>\n> — ")
            .Append(Pick(Vocabulary.Companies)).Append(" spokesperson\n\n");

    private string Pick(string[] from) => from[random.Next(from.Length)];
}
