namespace Generator.Glossary;

/// <summary>
/// The trie of <see cref="TermAutomaton"/> as flat arrays, its nodes numbered breadth first: the root is 0, then its
/// children in class order, then theirs. Shallow nodes, where a walk over prose spends most of its time, sit together
/// in memory, and every node's failure target (always shallower) has a smaller number.
/// <para>Built from the keys sorted, not by inserting them one by one: a sorted key shares its prefix with the key
/// before it, so each new node is known without a look-up. (A dictionary of edges cost a cache miss per character:
/// ≈ 10 ms for 2,000 terms.)</para>
/// </summary>
internal sealed record TermTrie(int[] EdgeStart, int[] EdgeClass, int[] EdgeTarget, int[] Ends)
{
    /// <param name="keys">each key as a sequence of class numbers.</param>
    public static TermTrie Build(IReadOnlyList<int[]> keys)
    {
        var order = new int[keys.Count];
        for (var k = 0; k < order.Length; k++) order[k] = k;
        Array.Sort(order, (a, b) => Compare(keys[a], keys[b]));

        // Depth-first numbering first: the nodes of each key past its common prefix with the previous key are new.
        var capacity = 1 + keys.Sum(k => k.Length);
        var parent = new int[capacity];
        var cls = new int[capacity];
        var ends = new int[keys.Count];
        var path = new int[keys.Count == 0 ? 1 : 1 + keys.Max(k => k.Length)];
        var (nodes, previous) = (1, Array.Empty<int>());
        foreach (var k in order)
        {
            var key = keys[k];
            var shared = 0;
            while (shared < key.Length && shared < previous.Length && key[shared] == previous[shared]) shared++;
            for (var depth = shared; depth < key.Length; depth++)
            {
                (parent[nodes], cls[nodes]) = (path[depth], key[depth]);
                path[depth + 1] = nodes++;
            }
            ends[k] = path[key.Length];
            previous = key;
        }

        // Each node's children, in order of creation, which is class order since the keys were sorted.
        var childStart = new int[nodes + 1];
        for (var n = 1; n < nodes; n++) childStart[parent[n] + 1]++;
        for (var n = 0; n < nodes; n++) childStart[n + 1] += childStart[n];
        var children = new int[nodes - 1];
        var fill = (int[])childStart.Clone();
        for (var n = 1; n < nodes; n++) children[fill[parent[n]]++] = n;

        // Breadth-first renumbering: order[new] = old; a node's edges are the next block of new numbers.
        var bfs = new int[nodes];
        var newId = new int[nodes];
        var edgeStart = new int[nodes + 1];
        var edgeClass = new int[nodes - 1];
        var edgeTarget = new int[nodes - 1];
        var count = 1;
        for (var head = 0; head < count; head++)
        {
            edgeStart[head] = count - 1;
            for (var c = childStart[bfs[head]]; c < childStart[bfs[head] + 1]; c++)
            {
                var child = children[c];
                (newId[child], bfs[count]) = (count, child);
                (edgeClass[count - 1], edgeTarget[count - 1]) = (cls[child], count);
                count++;
            }
        }
        edgeStart[nodes] = nodes - 1;
        for (var k = 0; k < ends.Length; k++) ends[k] = newId[ends[k]];
        return new TermTrie(edgeStart, edgeClass, edgeTarget, ends);
    }

    private static int Compare(int[] a, int[] b)
    {
        for (var i = 0; i < a.Length && i < b.Length; i++)
            if (a[i] != b[i]) return a[i].CompareTo(b[i]);
        return a.Length.CompareTo(b.Length);
    }
}
