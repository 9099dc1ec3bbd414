namespace Generator.Content;

/// <summary>
/// Suggests the closest of a set of known names for a misspelt one (edit distance, where swapping two neighbouring
/// letters, the commonest typo, counts as one edit: "titel" is closer to "title" than to "site").
/// </summary>
internal static class DidYouMean
{
    public static string? Suggest(string input, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(input.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance) (best, bestDistance) = (candidate, distance);
        }
        // Allow about one typo per three characters; beyond that a suggestion is more confusing than helpful.
        if (best is not null && bestDistance <= Math.Max(2, input.Length / 3)) return best;
        return PartOf(input, candidates);
    }

    /// <summary>
    /// Ids are often typed by one of their words ("priya" for priya-raman, "tech" for tech-frontline), too far off
    /// for edit distance; such a guess is offered only when exactly one name fits.
    /// </summary>
    private static string? PartOf(string input, IEnumerable<string> candidates)
    {
        if (input.Length < 3) return null;
        var fits = candidates.Where(c => c.StartsWith(input, StringComparison.OrdinalIgnoreCase)
            || c.Split('-', '_', ' ').Contains(input, StringComparer.OrdinalIgnoreCase)).Distinct().ToList();
        return fits is [var only] ? only : null;
    }

    public static string Hint(string input, IEnumerable<string> candidates) =>
        Suggest(input, candidates) is { } s ? $" (did you mean '{s}'?)" : "";

    public static int Distance(string a, string b)
    {
        var beforePrevious = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    current[j] = Math.Min(current[j], beforePrevious[j - 2] + 1);
            }
            (beforePrevious, previous, current) = (previous, current, beforePrevious);
        }
        return previous[b.Length];
    }
}
