using System.Runtime.CompilerServices;

namespace Generator.Glossary;

/// <summary>
/// The Aho–Corasick automaton behind <see cref="TermMatcher"/>, in a few flat arrays whatever the number of terms.
/// (A Dictionary per trie node made 2,000 terms ≈ 18,000 dictionaries to build, and cost up to two hash look-ups and a
/// chain of failure links per character of every article.)
/// <para>Word starts are a character of their own: keys and texts read an extra <see cref="WordStart"/> step before
/// every word character that follows a non-word character (or begins them). A form starting with a letter can only
/// match at a word start anyway (<see cref="TermMatcher"/> checks boundaries), and with the step in its key the
/// automaton never follows a form from the middle of a word: after a mismatch inside a word it falls back to the root
/// and stays there, skipping the rest of the word, instead of tracking every form that starts with the word's tail.
/// That keeps a walk over prose near the root, however many terms there are.</para>
/// <para>Characters map to class numbers, the most frequent in the keys first; for the first <see cref="MaxDenseWidth"/>
/// classes each node has a row of next nodes with failure links already followed, so a step is one look-up in a table
/// of 16-bit cells: a node number in 15 bits and a bit saying whether a form ends there (nodes are numbered breadth
/// first, so rows stop at the first node with a child past 32,767; and at 65,536 cells, 128 KB). Deeper
/// nodes and rarer characters (a CJK glossary has thousands) take the classic way: edges sorted by class, then the
/// failure link.</para>
/// </summary>
internal sealed class TermAutomaton
{
    private const int None = -1;
    private const int WordStart = 0; // the class of the step before a word
    private const int NodeBits = 0x7FFF; // a dense cell: the next node in 15 bits …
    private const int ReportsBit = 0x8000; // … and whether a form ends there, so most steps read nothing else
    private const int MaxDenseWidth = 48; // the word start, letters, digits, space and punctuation of Latin-script forms
    private const int MaxDenseCells = 1 << 16; // 128 KB: depth ≤ 6 or so of 2,000 English terms; deeper nodes are rarely visited

    private readonly int[] asciiClass = new int[128];       // class of each ASCII character (folded), None if unused
    private readonly bool[] asciiWord = new bool[128];      // whether it is a word character
    private readonly Dictionary<char, int> otherClass = []; // class of each folded non-ASCII character
    private int[] rootNext = [];                             // the root's child by class, 0 when none
    private int[] edgeStart = [];                            // node n's edges: edgeStart[n] .. edgeStart[n + 1]
    private int[] edgeClass = [];
    private int[] edgeTarget = [];
    private int denseWidth;                                  // classes below this have a row in dense …
    private int denseNodes;                                  // … for the nodes below this
    private ushort[] dense = [];                             // next node, + ReportsBit if a form ends there

    /// <summary>Each node's failure link: the node of the longest proper suffix of its path. Nodes are numbered
    /// breadth first, so a node's failure target always has a smaller number.</summary>
    public int[] Fail { get; private set; } = [];

    /// <summary>Whether a form ends at each node or at a node along its failure links.</summary>
    public bool[] Reports { get; private set; } = [];

    /// <summary>The number of nodes, the root (0) included.</summary>
    public int Count => Fail.Length;

    /// <summary>Builds the automaton of the given keys (folded forms); returns the node where each key ends.</summary>
    public int[] Build(IReadOnlyList<string> keys)
    {
        var classes = NumberClasses(keys);
        var sequences = new int[keys.Count][];
        var steps = new List<int>();
        for (var k = 0; k < keys.Count; k++)
        {
            steps.Clear();
            var wordBefore = false;
            foreach (var c in keys[k])
            {
                var word = IsWord(c);
                if (word && !wordBefore) steps.Add(WordStart);
                steps.Add(ClassOf(c));
                wordBefore = word;
            }
            sequences[k] = [.. steps];
        }
        var trie = TermTrie.Build(sequences);
        (edgeStart, edgeClass, edgeTarget) = (trie.EdgeStart, trie.EdgeClass, trie.EdgeTarget);
        rootNext = new int[classes];
        for (var e = edgeStart[0]; e < edgeStart[1]; e++) rootNext[edgeClass[e]] = edgeTarget[e];
        ComputeFailureLinks(Math.Min(classes, MaxDenseWidth));
        MarkReports(trie.Ends);
        return trie.Ends;
    }

    /// <summary>Whether a character is part of a word, as <see cref="MatchText.IsWordCharacter"/> says of its folded form.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsWord(char c) => c < 128 ? asciiWord[c] : MatchText.IsWordCharacter(MatchText.Fold(c));

    /// <summary>The node after the step that comes before a word.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int AtWordStart(int node) => node < denseNodes ? dense[node * denseWidth + WordStart] & NodeBits : Step(node, WordStart);

    /// <summary>The node after reading <paramref name="c"/> in <paramref name="node"/>, and whether a form ends there
    /// (at it or along its failure links): one table look-up for the usual characters of prose, inlined into the
    /// matcher's loop.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Next(int node, char c, out bool reports)
    {
        if (c < 128 && node < denseNodes && (uint)asciiClass[c] < (uint)denseWidth)
        {
            var cell = dense[node * denseWidth + asciiClass[c]];
            reports = cell > NodeBits;
            return cell & NodeBits;
        }
        var next = Step(node, ClassOf(c));
        reports = Reports[next];
        return next;
    }

    private int ClassOf(char c)
    {
        if (c < 128) return asciiClass[c];
        var folded = MatchText.Fold(c); // '’' folds to an ASCII apostrophe, a no-break space to a space
        if (folded < 128) return asciiClass[folded];
        return otherClass.TryGetValue(folded, out var cls) ? cls : None;
    }

    private int Step(int node, int cls)
    {
        if (cls == None) return 0;
        while (node != 0)
        {
            if (node < denseNodes && cls < denseWidth) return dense[node * denseWidth + cls] & NodeBits;
            for (var e = edgeStart[node]; e < edgeStart[node + 1] && edgeClass[e] <= cls; e++)
                if (edgeClass[e] == cls) return edgeTarget[e];
            node = Fail[node];
        }
        return rootNext[cls];
    }

    /// <summary>Numbers the word start 0 and the characters of the keys from 1, most frequent first, so the dense rows
    /// cover the common ones. Returns how many classes there are.</summary>
    private int NumberClasses(IReadOnlyList<string> keys)
    {
        for (var c = 0; c < 128; c++) asciiWord[c] = MatchText.IsWordCharacter(MatchText.Fold((char)c));
        var ascii = new int[128];
        var counts = new Dictionary<char, int>();
        foreach (var key in keys)
        {
            foreach (var c in key)
            {
                if (c < 128) ascii[c]++;
                else counts[c] = counts.GetValueOrDefault(c) + 1;
            }
        }
        for (var c = 0; c < 128; c++)
            if (ascii[c] > 0) counts[(char)c] = ascii[c];
        var ordered = counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key).Select(p => p.Key).ToList();
        Array.Fill(asciiClass, None);
        for (var i = 0; i < ordered.Count; i++)
        {
            if (ordered[i] < 128) asciiClass[ordered[i]] = WordStart + 1 + i;
            else otherClass[ordered[i]] = WordStart + 1 + i;
        }
        // A key character stands for every character that folds to it (capitals, tabs); keys are folded already.
        for (var c = 0; c < 128; c++)
            if (asciiClass[c] == None && MatchText.Fold((char)c) is var f && f != c && f < 128) asciiClass[c] = asciiClass[f];
        return ordered.Count + 1;
    }

    /// <summary>Failure links and dense rows, parents before children (breadth-first numbering): a child's failure
    /// target is shallower than the child, so its row is complete when the child's row is copied from it.</summary>
    private void ComputeFailureLinks(int width)
    {
        denseWidth = width;
        Fail = new int[edgeStart.Length - 1];
        denseNodes = Math.Min(Fail.Length, MaxDenseCells / width);
        // A row holds children of its node and of shallower nodes, so the first row with a child past 15 bits ends them.
        for (var node = 0; node < denseNodes; node++)
            if (edgeStart[node + 1] > edgeStart[node] && edgeTarget[edgeStart[node + 1] - 1] > NodeBits) denseNodes = node;
        dense = new ushort[denseNodes * width];
        for (var cls = 0; cls < width && denseNodes > 0; cls++) dense[cls] = (ushort)rootNext[cls];
        for (var node = 0; node < Fail.Length; node++)
        {
            for (var e = edgeStart[node]; e < edgeStart[node + 1]; e++)
            {
                var child = edgeTarget[e];
                Fail[child] = node == 0 ? 0 : Step(Fail[node], edgeClass[e]);
                if (child >= denseNodes) continue;
                var row = child * width;
                Array.Copy(dense, Fail[child] * width, dense, row, width);
                for (var own = edgeStart[child]; own < edgeStart[child + 1] && edgeClass[own] < width; own++)
                    dense[row + edgeClass[own]] = (ushort)edgeTarget[own];
            }
        }
    }

    private void MarkReports(int[] ends)
    {
        Reports = new bool[Count];
        foreach (var end in ends) Reports[end] = true;
        for (var node = 1; node < Count; node++) Reports[node] |= Reports[Fail[node]]; // failure targets come first
        for (var cell = 0; cell < dense.Length; cell++)
            if (Reports[dense[cell]]) dense[cell] |= ReportsBit;
    }
}
