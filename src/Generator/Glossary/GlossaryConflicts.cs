using Generator.Content;

namespace Generator.Glossary;

/// <summary>
/// GEN018: glossary files claiming the same term or alias, compared as the matcher compares them (after case folding
/// unless both forms are case-sensitive). Reported once in each file, naming the others (five at most, then a count),
/// since any of them may be the one to fix; so a thousand files claiming one word give a thousand lines, not a million.
/// </summary>
internal static class GlossaryConflicts
{
    /// <param name="written">terms and aliases as authors wrote them; generated plurals never conflict.</param>
    public static void Report(IEnumerable<TermForm> written, DiagnosticBag diagnostics)
    {
        foreach (var group in written.GroupBy(f => f.Key, StringComparer.Ordinal))
        {
            var forms = group.ToList();
            if (forms.Count < 2 || forms.All(f => f.Term.SourcePath == forms[0].Term.SourcePath)) continue; // the usual case
            // A case-insensitive form overlaps every form of its key; a case-sensitive one, the case-insensitive
            // forms and the case-sensitive forms spelt exactly as it is.
            var insensitive = new Claims(forms.Where(f => !f.CaseSensitive));
            var sensitive = forms.Where(f => f.CaseSensitive).GroupBy(f => f.Text, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => new Claims(g), StringComparer.Ordinal);
            foreach (var form in forms)
            {
                Claims[] overlapping = form.CaseSensitive ? [insensitive, sensitive[form.Text]] : [insensitive, .. sensitive.Values];
                var count = overlapping.Sum(c => c.OutsideOf(form.Term.SourcePath));
                if (count == 0) continue;
                var others = overlapping.SelectMany(c => c.Forms).Where(f => f.Term.SourcePath != form.Term.SourcePath);
                diagnostics.Error(form.Location, DiagnosticCodes.DuplicateGlossaryTerm, Message(form, others, count));
            }
        }
    }

    private static string Message(TermForm here, IEnumerable<TermForm> others, int count) =>
        $"{here.Describe()} is also claimed by {FileList.Bounded(others.Select(o => $"{o.Term.SourcePath}:{o.Line} ({o.Describe()})"), count)}; "
        + "a term or alias may belong to one glossary file only";

    /// <summary>Forms of one spelling, with how many each file holds, so "claimed elsewhere" is counted without a
    /// pass over the others for every form.</summary>
    private sealed class Claims(IEnumerable<TermForm> forms)
    {
        public List<TermForm> Forms { get; } = forms.ToList();

        private Dictionary<string, int> ByFile => byFile ??= Forms.CountBy(f => f.Term.SourcePath, StringComparer.Ordinal).ToDictionary();

        private Dictionary<string, int>? byFile;

        public int OutsideOf(string path) => Forms.Count - ByFile.GetValueOrDefault(path);
    }
}
