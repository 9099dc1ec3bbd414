namespace Generator.Record;

/// <summary>Why a page's key differs from the one recorded for it: what <c>build --verbose</c> and <c>serve --verbose</c>
/// print beside each page they render again.</summary>
internal static class StaleReasons
{
    /// <param name="hashes">This build's input hashes.</param>
    /// <param name="before">The names of the page's inputs as the previous build recorded them; null: it had no such page.</param>
    /// <param name="hashesBefore">The previous build's input hashes.</param>
    public static IReadOnlyList<string> Of(PageInputs now, InputHashes hashes, IReadOnlyList<string>? before, IReadOnlyDictionary<string, string> hashesBefore)
    {
        if (before is null) return ["a new page"];
        var reasons = new List<string>();
        var old = before.ToHashSet(StringComparer.Ordinal);
        foreach (var part in now.Parts)
        {
            if (!old.Remove(part)) reasons.Add("now shows " + Describe(part));
            else if (hashesBefore.GetValueOrDefault(part) != hashes.Of(part)) reasons.Add(Describe(part) + " changed");
        }
        reasons.AddRange(old.Order(StringComparer.Ordinal).Select(part => "no longer shows " + Describe(part)));
        if (reasons.Count == 0) reasons.Add("what it shows of other files changed (site.yml, a neighbour's title, glossary links, pagination, related reading or dates)");
        return reasons;
    }

    private static string Describe(string part) =>
        part.EndsWith(PageRead.CardSuffix, StringComparison.Ordinal) ? "the card of " + part[..^PageRead.CardSuffix.Length] : part;
}
