namespace Generator.Content;

/// <summary>
/// <c>also_read:</c>, a post's hand-picked reading: slugs of posts of its own language. An entry that names no such
/// post, or the post itself, is an error (GEN038, with the closest slug, or the language that has it); one listed twice
/// is a warning and shown once. An entry naming a draft is a warning where the post is published without it
/// (<see cref="CheckPublished"/>); one naming a scheduled post is not: it joins the list by itself once its date passes.
/// </summary>
internal static class AlsoReadRules
{
    public const string Key = "also_read";

    /// <summary>More entries than this is an error: a hand-picked list is a few posts, and every entry is looked up.</summary>
    public const int MaxEntries = 20;

    /// <summary>Unknown entries given a did-you-mean: each compares its slug with every post's, so a site whose posts
    /// all name unknown slugs would cost posts² comparisons; past this many the message leaves the guess out.</summary>
    public const int MaxSuggestions = 200;

    public static IReadOnlyList<(string Value, SourceLocation At)> Read(FieldReader fields, DiagnosticBag diagnostics)
    {
        var items = fields.Items(Key);
        if (items.Count <= MaxEntries) return items;
        diagnostics.Error(items[MaxEntries].At, DiagnosticCodes.OverLimit,
            $"'{Key}' lists {items.Count:N0} posts; the limit is {MaxEntries} (the automatic related reading follows it anyway)");
        return [];
    }

    /// <summary>Every post, drafts and scheduled ones included: an entry must name a post of the same language.</summary>
    public static void CheckReferences(IReadOnlyList<Article> posts, SiteConfig config, DiagnosticBag diagnostics)
    {
        if (!posts.Any(p => p.AlsoRead.Count > 0)) return;
        var byLanguage = posts.GroupBy(p => p.Lang).ToDictionary(g => g.Key, g => g.Select(p => p.Slug).ToHashSet(StringComparer.Ordinal));
        var suggestions = 0;
        foreach (var post in posts.Where(p => p.AlsoRead.Count > 0))
        {
            var slugs = byLanguage[post.Lang];
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < post.AlsoRead.Count; i++)
            {
                var (slug, at) = (post.AlsoRead[i], At(post, i));
                if (slug == post.Slug)
                    diagnostics.Error(at, DiagnosticCodes.UnknownPost, $"'{Key}' names this post itself ('{slug}'); list other posts");
                else if (!seen.Add(slug))
                    diagnostics.Warning(at, DiagnosticCodes.UnknownPost, $"'{Key}' lists '{slug}' twice; it is shown once");
                else if (!slugs.Contains(slug))
                {
                    var elsewhere = byLanguage.Where(l => l.Key != post.Lang && l.Value.Contains(slug)).Select(l => l.Key).FirstOrDefault();
                    var hint = elsewhere is not null
                        ? $"; '{slug}' is a post in '{elsewhere}', and '{Key}' names posts of the post's own language ('{post.Lang}')"
                        : ++suggestions <= MaxSuggestions ? DidYouMean.Hint(slug, slugs) : "";
                    var which = config.IsMultilingual ? $"no '{post.Lang}' post" : "no post";
                    diagnostics.Error(at, DiagnosticCodes.UnknownPost,
                        $"'{Key}': {which} has the slug '{slug}'{hint}; list posts by slug, the last part of their URL (/posts/<slug>/)");
                }
            }
        }
    }

    /// <summary>Warns where a published post's entry names a draft this build leaves out (a scheduled post is expected
    /// to appear later, so it is not reported).</summary>
    public static void CheckPublished(IReadOnlyList<Article> posts, IReadOnlyList<Article> published, DiagnosticBag diagnostics)
    {
        if (!published.Any(p => p.AlsoRead.Count > 0)) return;
        var shown = published.Select(p => (p.Lang, p.Slug)).ToHashSet();
        var drafts = posts.Where(p => p.Draft && !shown.Contains((p.Lang, p.Slug))).Select(p => (p.Lang, p.Slug)).ToHashSet();
        foreach (var post in published)
            for (var i = 0; i < post.AlsoRead.Count; i++)
                if (drafts.Contains((post.Lang, post.AlsoRead[i])) && !post.AlsoRead.Take(i).Contains(post.AlsoRead[i]))
                    diagnostics.Warning(At(post, i), DiagnosticCodes.UnknownPost,
                        $"'{Key}' names '{post.AlsoRead[i]}', a draft: it is left out of the list until it is published");
    }

    private static SourceLocation At(Article post, int index) =>
        index < post.AlsoReadAt.Count ? post.AlsoReadAt[index] : SourceLocation.FileStart(post.SourcePath);
}
