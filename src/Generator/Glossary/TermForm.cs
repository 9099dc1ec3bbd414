using Generator.Content;

namespace Generator.Glossary;

internal enum FormKind
{
    /// <summary>The <c>term:</c> itself.</summary>
    Term,

    /// <summary>One of the <c>aliases:</c>.</summary>
    Alias,

    /// <summary>The plural the matcher adds on its own; it never conflicts with anything an author wrote.</summary>
    Plural,
}

/// <summary>One spelling the matcher looks for, and the glossary entry it links to.</summary>
internal sealed record TermForm(GlossaryTerm Term, string Text, bool CaseSensitive, FormKind Kind, int Line)
{
    /// <summary>The text the matcher compares: folded, so case-insensitive forms meet the folded article text.</summary>
    public string Key { get; } = MatchText.FoldAll(Text);

    /// <summary>Whether both forms can match the same words, which is what makes two glossary files collide.</summary>
    public bool Overlaps(TermForm other) =>
        Key == other.Key && (!CaseSensitive || !other.CaseSensitive || string.Equals(Text, other.Text, StringComparison.Ordinal));

    public SourceLocation Location => new(Term.SourcePath, Line, 1);

    public string Describe() => Kind == FormKind.Alias ? $"alias '{Text}' of term '{Term.Term}'" : $"term '{Text}'";

    /// <summary>
    /// Every form of one entry: the term, its aliases, and the plural of each. A form in capitals is case-sensitive
    /// unless the entry's <c>case_sensitive</c> says otherwise for all of them.
    /// </summary>
    public static IReadOnlyList<TermForm> Of(GlossaryTerm term)
    {
        var written = new List<TermForm>();
        Add(written, term, term.Term, FormKind.Term, term.Line, null);
        for (var i = 0; i < term.Aliases.Count; i++)
            Add(written, term, term.Aliases[i], FormKind.Alias, i < term.AliasLines.Count ? term.AliasLines[i] : term.Line, null);

        var forms = new List<TermForm>(written);
        foreach (var form in written)
        {
            if (IsPluralOfAnother(form, written)) continue; // "AI agents" beside "AI agent": "AI agentses" is noise
            // A plural follows its form's case rule: "AI agents" as loosely as "AI agent", "MCPs" as strictly as "MCP".
            if (MatchText.Plural(form.Text) is { } plural) Add(forms, term, plural, FormKind.Plural, form.Line, form.CaseSensitive);
        }
        return forms;
    }

    private static bool IsPluralOfAnother(TermForm form, List<TermForm> written)
    {
        foreach (var other in written)
            if (!ReferenceEquals(other, form) && MatchText.Plural(other.Text) is { } plural && MatchText.FoldAll(plural) == form.Key) return true;
        return false;
    }

    private static void Add(List<TermForm> forms, GlossaryTerm term, string text, FormKind kind, int line, bool? caseSensitive)
    {
        var normalized = MatchText.Normalize(text);
        if (normalized.Length == 0) return;
        var form = new TermForm(term, normalized, caseSensitive ?? term.CaseSensitive ?? MatchText.IsAllCapitals(normalized), kind, line);
        // One entry may spell a form twice (an alias "GPUs" beside the plural of "GPU"); keep the first.
        foreach (var f in forms)
            if (f.Key == form.Key && f.CaseSensitive == form.CaseSensitive && (!form.CaseSensitive || f.Text == form.Text)) return;
        forms.Add(form);
    }
}
