using Generator.Content;

namespace Generator.Glossary;

/// <summary>
/// GEN018: two glossary files claiming the same term or alias, compared as the matcher compares them (after case
/// folding unless both forms are case-sensitive). Reported in both files, each naming the other, since either may be
/// the one to fix.
/// </summary>
public static class GlossaryConflicts
{
    /// <param name="written">terms and aliases as authors wrote them; generated plurals never conflict.</param>
    public static void Report(IEnumerable<TermForm> written, DiagnosticBag diagnostics)
    {
        foreach (var group in written.GroupBy(f => f.Key, StringComparer.Ordinal))
        {
            var forms = group.ToList();
            if (forms.Count < 2) continue; // the usual case: a spelling only one file claims
            var reported = new HashSet<(string, string)>();
            for (var i = 0; i < forms.Count; i++)
            {
                for (var j = i + 1; j < forms.Count; j++)
                {
                    var (a, b) = (forms[i], forms[j]);
                    if (a.Term.SourcePath == b.Term.SourcePath || !a.Overlaps(b)) continue;
                    if (!reported.Add((a.Term.SourcePath, b.Term.SourcePath))) continue;
                    diagnostics.Error(a.Location, DiagnosticCodes.DuplicateGlossaryTerm, Message(a, b));
                    diagnostics.Error(b.Location, DiagnosticCodes.DuplicateGlossaryTerm, Message(b, a));
                }
            }
        }
    }

    private static string Message(TermForm here, TermForm other) =>
        $"{here.Describe()} is also claimed by {other.Term.SourcePath}:{other.Line} ({other.Describe()}); "
        + "a term or alias may belong to one glossary file only";
}
