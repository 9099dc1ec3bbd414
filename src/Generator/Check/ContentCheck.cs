using Generator.Content;

namespace Generator.Check;

/// <summary>Checks about what authors wrote: summaries, titles and descriptions, and glossary use.</summary>
internal sealed class ContentCheck(CheckedSite site, FindingSink findings)
{
    public void PostsWithoutSummary()
    {
        foreach (var post in site.Model.Posts.Where(p => string.IsNullOrWhiteSpace(p.Article.Summary)))
            findings.Add(new Diagnostic(SourceLocation.FileStart(post.Article.SourcePath), Severity.Warning, CheckCodes.MissingSummary,
                "post has no summary; add 'summary:' to the front matter (it is the TL;DR and the page's description)"));
    }

    public void TitlesAndDescriptions()
    {
        foreach (var page in site.Pages)
        {
            if (string.IsNullOrWhiteSpace(page.Title?.Text))
                findings.Error(page, page.Title?.At, CheckCodes.MissingTitle, "page has no <title>; the layout should write one into <head>");
            if (string.IsNullOrWhiteSpace(page.Description?.Text))
                findings.Warning(page, page.Description?.At, CheckCodes.MissingDescription,
                    "page has no meta description; give it a summary/description, or set description in site.yml");
        }
    }

    /// <summary>Posts and pages are what authors title; two with one title look the same in search results and tabs.</summary>
    public void DuplicateTitles()
    {
        var titled = site.Model.Posts.Select(p => (p.Article.Title, Url: site.Urls.Post(p.Slug)))
            .Concat(site.Model.Pages.Select(p => (p.Page.Title, Url: site.Urls.Page(p.Page.Slug))))
            .Select(t => (t.Title, Page: site.PagesByPath.GetValueOrDefault(site.Urls.OutputPath(t.Url))))
            .Where(t => t.Page is not null).ToList();
        foreach (var group in titled.GroupBy(t => t.Title.Trim(), StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            var count = group.Count() - 1;
            foreach (var (title, page) in group)
            {
                // Named five at most, as GEN010 names files: 10,000 posts with one title are 10,000 short lines.
                var others = FileList.Bounded(group.Where(g => g.Page != page).Select(g => Display(g.Page!)), count);
                findings.Warning(page!, page!.Title?.At, CheckCodes.DuplicateTitle,
                    $"the title '{title}' is also used by {others}; give each its own", "title:");
            }
        }
    }

    /// <param name="usedByUnpublished">The term files drafts or scheduled posts use (<see cref="UnpublishedTermUse"/>),
    /// asked for only when a term is unused in the published posts.</param>
    public void UnusedTerms(IReadOnlySet<string> linkedFromPosts, Func<IReadOnlySet<string>> usedByUnpublished)
    {
        var unused = site.Model.Terms.Where(entry => entry.Backlinks.Count == 0
            && !linkedFromPosts.Contains(site.Urls.OutputPath(site.Urls.Term(entry.Term.Slug)))).ToList();
        if (unused.Count == 0) return;
        var used = usedByUnpublished();
        foreach (var entry in unused.Where(e => !used.Contains(e.Term.SourcePath)))
            findings.Add(new Diagnostic(new SourceLocation(entry.Term.SourcePath, entry.Term.Line, 1), Severity.Warning, CheckCodes.UnusedTerm,
                $"no post uses the glossary term '{entry.Term.Term}'; link it from a post or remove it"));
    }

    /// <summary>A post with <c>glossary: false</c> gets no automatic links, so a term it mentions is left unexplained.</summary>
    public void TermsInPostsWithoutLinking()
    {
        var mentions = new TermMentions(site.Model.Terms.Select(t => t.Term).ToList());
        foreach (var post in site.Model.Posts.Where(p => !p.Article.GlossaryLinking))
        {
            var body = CheckedSite.BodyOf(site.ReadSource(post.Article.SourcePath) ?? "", post.Article.BodyLine);
            foreach (var (term, spelling) in mentions.In(post.Content.Html))
            {
                var index = TermMentions.IndexIn(body, spelling);
                var at = index < 0 ? SourceLocation.FileStart(post.Article.SourcePath)
                    : Shift(CheckedSite.At(post.Article.SourcePath, body, index), post.Article.BodyLine);
                findings.Add(new Diagnostic(at, Severity.Warning, CheckCodes.UnlinkedTerm,
                    $"'{spelling}' is the glossary term '{term.Term}', but this post has 'glossary: false', so it is not linked; "
                    + $"link it by hand ([{spelling}](/glossary/{term.Slug}/)) or remove 'glossary: false'"));
            }
        }
    }

    private static SourceLocation Shift(SourceLocation inBody, int bodyLine) => inBody with { Line = inBody.Line + bodyLine - 1 };

    private static string Display(CheckedPage page) => page.SourcePath ?? page.OutputPath;
}
