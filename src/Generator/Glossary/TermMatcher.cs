namespace Generator.Glossary;

/// <summary>A form found in a text: where it starts, how long it is, and which form it is.</summary>
public readonly record struct TermMatch(int Start, int Length, TermForm Form);

/// <summary>
/// One Aho–Corasick automaton over every form of every term, built once per build. Finding terms in a text costs one
/// pass over the text whatever the number of terms, so a glossary of 2,000 terms links as fast as one of 20.
/// Immutable once built, so every article can use it in parallel.
/// </summary>
public sealed class TermMatcher
{
    private readonly Dictionary<char, int>[] next;
    private readonly int[] fail;
    private readonly int[] outputLink; // nearest node on the failure chain that ends a form; 0 when none
    private readonly TermForm[][] formsEndingAt;

    private TermMatcher(Dictionary<char, int>[] next, int[] fail, int[] outputLink, TermForm[][] formsEndingAt)
    {
        this.next = next;
        this.fail = fail;
        this.outputLink = outputLink;
        this.formsEndingAt = formsEndingAt;
    }

    /// <summary>Forms that share a key are tried in the order given, so put the ones authors wrote first.</summary>
    public static TermMatcher Build(IEnumerable<TermForm> forms)
    {
        var next = new List<Dictionary<char, int>> { new() };
        var ending = new List<List<TermForm>> { new() };
        foreach (var form in forms)
        {
            var node = 0;
            foreach (var c in form.Key)
            {
                if (!next[node].TryGetValue(c, out var child))
                {
                    child = next.Count;
                    next[node][c] = child;
                    next.Add([]);
                    ending.Add([]);
                }
                node = child;
            }
            ending[node].Add(form);
        }

        var fail = new int[next.Count];
        var outputLink = new int[next.Count];
        var queue = new Queue<int>(next[0].Values);
        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            foreach (var (c, child) in next[node])
            {
                var f = fail[node];
                while (f != 0 && !next[f].ContainsKey(c)) f = fail[f];
                fail[child] = next[f].TryGetValue(c, out var target) && target != child ? target : 0;
                outputLink[child] = ending[fail[child]].Count > 0 ? fail[child] : outputLink[fail[child]];
                queue.Enqueue(child);
            }
        }
        return new TermMatcher([.. next], fail, outputLink, [.. ending.Select(e => e.ToArray())]);
    }

    /// <summary>
    /// The matches to link in <paramref name="text"/>, left to right, never overlapping: at each place the longest
    /// form wins ("AI agent" over "AI"), and a match that overlaps one already taken is dropped.
    /// <paramref name="before"/> and <paramref name="after"/> are the characters around the text ('\0' for none),
    /// so "MCP" in a literal followed by an emphasised "X" is still seen as part of "MCPX".
    /// </summary>
    public List<TermMatch> Find(ReadOnlySpan<char> text, char before = '\0', char after = '\0')
    {
        var candidates = new List<TermMatch>();
        var state = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = MatchText.Fold(text[i]);
            while (state != 0 && !next[state].ContainsKey(c)) state = fail[state];
            state = next[state].TryGetValue(c, out var child) ? child : 0;
            for (var node = formsEndingAt[state].Length > 0 ? state : outputLink[state]; node != 0; node = outputLink[node])
            {
                var start = i - formsEndingAt[node][0].Key.Length + 1;
                foreach (var form in formsEndingAt[node])
                {
                    if (!Accepts(form, text, start, before, after)) continue;
                    candidates.Add(new TermMatch(start, form.Key.Length, form));
                    break;
                }
            }
        }
        return LongestLeftmost(candidates);
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
