namespace Generator.Check;

/// <summary>
/// The glossary terms that drafts or scheduled posts use. A term only they use is not reported as unused (CHK007): it is
/// linked once they are published, and <c>check --strict</c> would otherwise fail every deployment until then. Found by
/// building the site once more in memory with those posts, so the glossary's own linker decides what counts as a use;
/// that build is made only when some term looks unused.
/// </summary>
internal static class UnpublishedTermUse
{
    /// <summary>The source paths of the terms that some post links once drafts and scheduled posts are included.</summary>
    public static IReadOnlySet<string> TermFiles(BuildOptions options)
    {
        if (options.Drafts && options.Future) return new HashSet<string>();
        // Only the site model is read: no page is rendered (a Rendering stage that makes none) and the other files are
        // let go as they are made, so this build holds no more than check's own does.
        var everything = SiteBuild.ModelOnly(options with { Drafts = true, Future = true });
        if (!everything.Succeeded) return new HashSet<string>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var model in everything.Site!.AllLanguages)
        {
            foreach (var entry in model.Terms)
            {
                // A link written by hand counts as much as the automatic one (LinkCheck counts it the same way).
                var href = $"href=\"{model.Urls.Term(entry.Term.Slug)}";
                if (entry.Backlinks.Count > 0 || model.Posts.Any(p => p.Content.Html.Contains(href, StringComparison.Ordinal)))
                    used.Add(entry.Term.SourcePath);
            }
        }
        return used;
    }
}
