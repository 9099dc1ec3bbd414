namespace Generator.Glossary;

/// <summary>A form found in a text: where it starts, how long it is, and which form it is.</summary>
internal readonly record struct TermMatch(int Start, int Length, TermForm Form);

/// <summary>
/// One Aho–Corasick automaton over every form of every term (<see cref="TermAutomaton"/>), built once per build. Finding
/// terms in a text costs one pass over the text whatever the number of terms, and one table look-up per character at
/// most (characters inside a word that matched nothing are skipped), so 2,000 terms cost little more than 20.
/// Immutable once built, so every article can use it in parallel.
/// </summary>
internal sealed class TermMatcher
{
    private static readonly TermForm[] NoForms = [];

    private readonly TermAutomaton automaton;
    private readonly int[] outputLink; // nearest node on the failure chain that ends a form; 0 when none
    private readonly int[] reportFrom; // the node itself if it ends a form, else its outputLink: one read per character
    private readonly TermForm[][] formsEndingAt;

    private TermMatcher(TermAutomaton automaton, int[] outputLink, int[] reportFrom, TermForm[][] formsEndingAt)
    {
        this.automaton = automaton;
        this.outputLink = outputLink;
        this.reportFrom = reportFrom;
        this.formsEndingAt = formsEndingAt;
    }

    /// <summary>Forms that share a key are tried in the order given, so put the ones authors wrote first.</summary>
    public static TermMatcher Build(IEnumerable<TermForm> forms)
    {
        var list = forms.ToList();
        var automaton = new TermAutomaton();
        var ends = automaton.Build(list.ConvertAll(f => f.Key));

        var formsEndingAt = new TermForm[automaton.Count][];
        Array.Fill(formsEndingAt, NoForms);
        for (var k = 0; k < list.Count; k++) formsEndingAt[ends[k]] = [.. formsEndingAt[ends[k]], list[k]];

        // Nodes are numbered breadth first, so a node's failure target (always shallower) has its output link already.
        var fail = automaton.Fail;
        var outputLink = new int[automaton.Count];
        var reportFrom = new int[automaton.Count];
        for (var node = 1; node < automaton.Count; node++)
        {
            outputLink[node] = formsEndingAt[fail[node]].Length > 0 ? fail[node] : outputLink[fail[node]];
            reportFrom[node] = formsEndingAt[node].Length > 0 ? node : outputLink[node];
        }
        return new TermMatcher(automaton, outputLink, reportFrom, formsEndingAt);
    }

    /// <summary>
    /// The matches to link in <paramref name="text"/>, left to right, never overlapping: at each place the longest
    /// form wins ("AI agent" over "AI"), and a match that overlaps one already taken is dropped.
    /// <paramref name="before"/> and <paramref name="after"/> are the characters around the text ('\0' for none),
    /// so "MCP" in a literal followed by an emphasised "X" is still seen as part of "MCPX".
    /// </summary>
    public IReadOnlyList<TermMatch> Find(ReadOnlySpan<char> text, char before = '\0', char after = '\0')
    {
        List<TermMatch>? candidates = null; // most literals mention no term: nothing to allocate or sort for them
        var state = 0;
        var wordBefore = automaton.IsWord(before);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var word = automaton.IsWord(c);
            if (word && !wordBefore) state = automaton.AtWordStart(state);
            else if (word && state == 0) continue; // inside a word that matched nothing from its start: nothing can begin here
            wordBefore = word;
            state = automaton.Next(state, c, out var reports);
            if (!reports) continue;
            for (var node = reportFrom[state]; node != 0; node = outputLink[node])
            {
                var start = i - formsEndingAt[node][0].Key.Length + 1;
                foreach (var form in formsEndingAt[node])
                {
                    if (!Accepts(form, text, start, before, after)) continue;
                    (candidates ??= []).Add(new TermMatch(start, form.Key.Length, form));
                    break;
                }
            }
        }
        return candidates is null ? [] : LongestLeftmost(candidates);
    }

    private static List<TermMatch> LongestLeftmost(List<TermMatch> candidates)
    {
        candidates.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        var chosen = new List<TermMatch>();
        var free = 0;
        foreach (var match in candidates)
        {
            if (match.Start < free) continue;
            chosen.Add(match);
            free = match.Start + match.Length;
        }
        return chosen;
    }

    private static bool Accepts(TermForm form, ReadOnlySpan<char> text, int start, char before, char after)
    {
        var found = text.Slice(start, form.Text.Length);
        if (form.CaseSensitive)
        {
            for (var j = 0; j < found.Length; j++)
            {
                // Letters must be exactly as written; spaces and apostrophes may differ in kind.
                if (found[j] != form.Text[j] && char.IsLetter(found[j])) return false;
            }
        }
        var end = start + found.Length;
        var previous = start > 0 ? text[start - 1] : before;
        var following = end < text.Length ? text[end] : after;
        // Only an edge that is itself part of a word needs a word boundary; CJK characters never do.
        return !(MatchText.IsWordCharacter(form.Text[0]) && MatchText.IsWordCharacter(previous))
            && !(MatchText.IsWordCharacter(form.Text[^1]) && MatchText.IsWordCharacter(following));
    }
}
