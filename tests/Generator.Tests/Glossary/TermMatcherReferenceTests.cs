using Generator.Content;
using Generator.Glossary;
using static Generator.Tests.Glossary.TestGlossary;

namespace Generator.Tests.Glossary;

/// <summary>
/// The matcher against the plainest search there is: every form tried at every place of the text, with the same case
/// and word rules. The matcher's automaton skips the rest of a word once nothing matches from its start, and reads a
/// word start as a step of its own; these tests are there to show that it still finds exactly what this search finds,
/// for forms that start with a non-word character (".NET"), hold digits and dots ("Kimi K2.6"), differ in case from
/// the text or are plurals. Texts are random (fixed seeds).
/// </summary>
public class TermMatcherReferenceTests
{
    private static readonly GlossaryTerm[] Terms =
    [
        .. SpecTerms,
        Term("dotnet", ".NET", "s"), Term("cpp", "C++", "s"), Term("gpt-5", "GPT-5", "s"), Term("model", "model", "s"),
        Term("lm", "language model", "s", aliases: ["LM"]), Term("email", "e-mail", "s"), Term("x", "x", "s"),
        Term("moxt", "模型", "s"), Term("rnr", "rock 'n' roll", "s"), Term("ai-2", "AI 2", "s"),
    ];

    private static readonly string[] Pieces =
    [
        " ", " ", " ", "\u00a0", "-", "’", "'", ".", ",", "用", "的", "5", "_", "s", "es", "x", "AI", "ai", "Ai", "agent",
        "age", "GPU", "gpus", "GPUs", "MCP", "mcp", "Model", "model", "open-weight", "weight", "language", "lang", "大",
        "大语言模型", "模型", "語", "NET", ".NET", "C++", "C", "GPT-5", "GPT", "e-mail", "rock", "'n'", "roll", "Transformer",
        "transformer", "batches", "batch", "TPU", "tpu", "AWS", "İ", "2",
    ];

    // Names made of a few characters, so random texts over the same characters meet them, their pieces and their
    // neighbours often: word starts after a dot or a digit, forms inside words, capitals against lower case.
    private static readonly GlossaryTerm[] Names =
    [
        Term("kimi-k2-6", "Kimi K2.6", "s"), Term("k2", "K2", "s"), Term("k2-6", "K2.6", "s"), Term("kimi", "Kimi", "s"),
        Term("dotnet", ".NET", "s"), Term("net", "net", "s"), Term("mi", "mi", "s"), Term("two-six", "2.6", "s"),
        Term("ie", "i.e.", "s"), Term("dash-net", "-net", "s"), Term("k-2", "k-2", "s"), Term("kim", "Kim", "s", caseSensitive: true),
        Term("six-kim", "6 kim", "s"), Term("nets", "NETS", "s"),
    ];

    // Single characters and pieces of the names, in other cases too.
    private static readonly string[] NamePieces =
    [
        "k", "K", "i", "I", "m", "2", "6", ".", " ", " ", "-", "n", "N", "e", "t", "s", "\u00a0", "用", "Kimi", "kimi", "KIMI",
        "K2", "k2", ".6", "2.6", "NET", "net", "Net", "mi", "i.e.", "Kim", "kim", "KIM", "6 kim", "NETS",
    ];

    [Fact]
    public void Matches_are_what_trying_every_form_at_every_place_finds()
    {
        var random = new Random(1);
        var found = Compare(Terms, 3000, () => RandomText(random, Pieces, 13), random);
        found.Count.ShouldBeGreaterThan(1000); // the texts do mention terms: the comparison is not between two empty lists
    }

    [Fact]
    public void Names_with_digits_dots_and_capitals_are_found_where_trying_every_form_finds_them()
    {
        var random = new Random(2);
        var found = Compare(Names, 20_000, () => RandomText(random, NamePieces, 12), random);
        // Every name came up, and plurals did, so no case went untried.
        found.Select(m => m.Form.Term.Slug).Distinct().Order().ShouldBe(Names.Select(t => t.Slug).Distinct().Order());
        found.ShouldContain(m => m.Form.Kind == FormKind.Plural);
    }

    [Fact]
    public void Glossary_too_big_for_the_automatons_table_still_finds_what_trying_every_form_finds()
    {
        // Past 65,536 table cells (or past node 32,767) the automaton steps by its edge lists: 8,000 random names of up to
        // 14 characters make a trie beyond both.
        var random = new Random(3);
        var letters = "kim2 6.-net".Select(c => c.ToString()).ToArray();
        var names = Enumerable.Range(0, 8000).Select(i => Term($"n{i}", RandomText(random, letters, 14).Trim(), "s"))
            .Where(t => t.Term.Length > 0).Concat(Names).ToArray();
        var forms = Ordered(names);
        var automaton = new TermAutomaton();
        automaton.Build(forms.ConvertAll(f => f.Key));
        automaton.Count.ShouldBeGreaterThan(32_768);

        var found = Compare(names, 3000, () => RandomText(random, NamePieces, 20), random);
        found.Count.ShouldBeGreaterThan(3000);
    }

    [Fact]
    public void Glossary_whose_table_rows_would_point_past_node_32767_still_finds_what_trying_every_form_finds()
    {
        // A table cell holds a node number in 15 bits, so rows stop at the first node with a child past 32,767. Every
        // pair of 47 symbols, and 30 three-symbol forms after each, put such children within the nodes a table covers.
        var symbols = "!\"#$%&()*+,-./:;<=>?@[\\]^`{|}~§¶©®°±×÷¿¡«»¤¦¬·‡".Select(c => c.ToString()).ToArray();
        symbols.Length.ShouldBe(47);
        var keys = from a in symbols from b in symbols from c in symbols.Take(31).Prepend("") select a + b + c;
        var terms = keys.Select((key, i) => Term($"s{i}", key, "s")).ToArray();

        var random = new Random(4);
        var found = Compare(terms, 2000, () => RandomText(random, symbols, 20), random);
        found.Select(m => m.Length).Distinct().Order().ShouldBe([2, 3]);
    }

    /// <summary>Runs both searches over <paramref name="count"/> texts; returns the matches they found.</summary>
    private static List<TermMatch> Compare(GlossaryTerm[] terms, int count, Func<string> text, Random random)
    {
        var forms = Ordered(terms);
        var matcher = TermMatcher.Build(forms);
        var keys = forms.GroupBy(f => f.Key).ToDictionary(g => g.Key, g => g.ToList());
        var longest = keys.Keys.Max(k => k.Length);
        char[] edges = ['\0', ' ', 'a', '用', '-', '5', '.'];
        var found = new List<TermMatch>();
        for (var n = 0; n < count; n++)
        {
            var sample = text();
            var (before, after) = (edges[random.Next(edges.Length)], edges[random.Next(edges.Length)]);
            var expected = Reference(keys, longest, sample, before, after);
            Describe(matcher.Find(sample, before, after)).ShouldBe(Describe(expected), $"text '{sample}' between '{before}' and '{after}'");
            found.AddRange(expected);
        }
        return found;
    }

    // As the build orders them: forms authors wrote first, generated plurals after.
    private static List<TermForm> Ordered(GlossaryTerm[] terms)
    {
        var forms = terms.SelectMany(TermForm.Of).ToList();
        return [.. forms.Where(f => f.Kind != FormKind.Plural), .. forms.Where(f => f.Kind == FormKind.Plural)];
    }

    private static string RandomText(Random random, string[] pieces, int maxPieces) =>
        string.Concat(Enumerable.Range(0, random.Next(1, maxPieces + 1)).Select(_ => pieces[random.Next(pieces.Length)]));

    private static List<string> Describe(IEnumerable<TermMatch> matches) => [.. matches.Select(m => $"{m.Start}+{m.Length}:{m.Form.Text}")];

    private static List<TermMatch> Reference(Dictionary<string, List<TermForm>> keys, int longest, string text, char before, char after)
    {
        var candidates = new List<TermMatch>();
        var folded = MatchText.FoldAll(text);
        for (var start = 0; start < text.Length; start++)
        {
            // Every substring that is some form's key; of its forms, the first that fits (the order the build gave).
            for (var length = 1; length <= longest && start + length <= text.Length; length++)
            {
                if (keys.TryGetValue(folded.Substring(start, length), out var forms)
                    && forms.FirstOrDefault(f => Fits(f, text, start, before, after)) is { } form)
                    candidates.Add(new TermMatch(start, length, form));
            }
        }
        var chosen = new List<TermMatch>();
        var free = 0;
        foreach (var match in candidates.OrderBy(m => m.Start).ThenByDescending(m => m.Length))
        {
            if (match.Start < free) continue;
            chosen.Add(match);
            free = match.Start + match.Length;
        }
        return chosen;
    }

    private static bool Fits(TermForm form, string text, int start, char before, char after)
    {
        var end = start + form.Text.Length;
        if (form.CaseSensitive && Enumerable.Range(start, form.Text.Length).Any(i => text[i] != form.Text[i - start] && char.IsLetter(text[i])))
            return false;
        var previous = start > 0 ? text[start - 1] : before;
        var following = end < text.Length ? text[end] : after;
        return !(MatchText.IsWordCharacter(form.Text[0]) && MatchText.IsWordCharacter(previous))
            && !(MatchText.IsWordCharacter(form.Text[^1]) && MatchText.IsWordCharacter(following));
    }
}
