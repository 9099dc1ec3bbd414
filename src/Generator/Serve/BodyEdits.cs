using Generator.Content;
using Generator.Markdown;
using Generator.Output;
using Generator.Record;
using Generator.Rendering;

namespace Generator.Serve;

/// <summary>What the fast path made: the build to keep, the files it changed, and the pages it rendered.</summary>
internal sealed record BodyEditResult(LastBuild Build, IReadOnlyList<OutputFile> Changed, IReadOnlyList<string> RerenderedUrls);

/// <summary>
/// serve's fast path for the commonest save: one or more posts whose body changed and whose front matter did not.
/// Reads only those files, converts only their Markdown, patches the last site model (<see cref="EditedModel"/>),
/// renders only the pages whose recorded inputs name what changed (<see cref="RenderedPages.Reading"/>) and the feeds that carry the
/// posts, and replaces their entries in the search index. Whenever that is not certain to equal a full build, it
/// declines (returns null) and the caller builds the site as <c>build</c> would: other files changed, a post is new,
/// deleted, unpublished or its front matter differs, the post or the edit has diagnostics, a scheduled post came due,
/// or the site has several languages.
/// </summary>
internal static class BodyEdits
{
    public static BodyEditResult? TryApply(LastBuild last, IReadOnlyCollection<string> changedPaths, string siteRoot,
        ContentCache content, MarkdownCache markdown, CancellationToken cancel = default)
    {
        var site = last.Site;
        var now = DateTimeOffset.UtcNow;
        if (changedPaths.Count == 0 || site.Config.IsMultilingual || site.Now is null || now < site.Now
            || (last.NextScheduled is { } due && due <= now)
            || !changedPaths.All(p => p.StartsWith("content/posts/", StringComparison.Ordinal) && p.EndsWith(".md", StringComparison.Ordinal)))
            return null;
        if (markdown.Continue() is not { } convert) return null;

        var diagnostics = new DiagnosticBag();
        var edits = new List<PostEdit>();
        foreach (var path in changedPaths.Distinct(StringComparer.Ordinal))
        {
            cancel.ThrowIfCancellationRequested();
            if (!last.PostIndex.TryGetValue(path, out var at) || last.Diagnostics.Any(d => d.At.Path == path)) return null;
            var before = site.Posts[at];
            var (article, sameFrontMatter) = ContentLoader.RereadPost(siteRoot, path, content, diagnostics);
            if (article is null || !sameFrontMatter || diagnostics.All.Count > 0) return null;
            if (article.Body == before.Article.Body) continue; // saved without a change
            var converted = convert(article);
            MarkdownIssues.Report([(path, article.BodyLine, converted.Content)], diagnostics);
            if (diagnostics.All.Count > 0) return null;
            edits.Add(new PostEdit(at, before, EditedModel.Replace(before, converted)));
        }
        if (edits.Count == 0) return new BodyEditResult(last, [], []);

        var edited = EditedModel.Of(site, edits, last.RelatedBy, now);
        if (TermPageCountChanged(site, edited, edits)) return null;
        var inputs = last.Inputs with { Site = edited, Diagnostics = diagnostics, Cancel = cancel };
        var views = last.Views.ForEditedSite(edited, edits.Select(e => e.Before));
        var cardChanged = edits.Select(e => (e, CardChanged(last, e, views))).ToDictionary();
        var selection = Selection(last, edited, edits, e => cardChanged[e]);

        var jobs = new PageJobs(edited, views).All(selection);
        var renderer = inputs.Renderer();
        var recorder = new PageRecorder(inputs, inputs.ThemeFiles!);
        var pages = new OutputFile?[jobs.Count];
        var recorded = new PageInputs[jobs.Count];
        Parallel.For(0, jobs.Count, new ParallelOptions { CancellationToken = cancel }, i =>
        {
            recorded[i] = recorder.InputsOf(jobs[i]);
            pages[i] = renderer.Render(jobs[i]);
        });
        // A template that fails or warns on the new pages is reported by a full build, in full.
        if (pages.Any(p => p is null) || diagnostics.All.Any(d => !last.Diagnostics.Contains(d))) return null;

        var changed = new List<OutputFile>(pages!);
        var afterPosts = edits.Select(e => e.After).ToHashSet(ReferenceEqualityComparer.Instance);
        var feedItems = last.FeedItems.ForEditedSite(edited, edits.Select(e => e.Before));
        changed.AddRange(FeedWriter.All(edited, views.Strings, afterPosts.Contains, feedItems));
        if (SearchIndexAfter(last, edited, edits) is { } index) changed.Add(index);
        if (edits.Any(e => cardChanged[e]) && edited.Posts.Take(FollowIndex.MaxPosts).Any(afterPosts.Contains))
            changed.Add(FollowIndex.Write(edited, views));

        var files = last.FilesWith(changed);
        var renderedPages = last.Pages.WithRendered(jobs.Select((_, i) => (recorded[i], pages[i]!)), recorder.Hashes.All);
        var build = last with { Inputs = inputs, Files = files, Pages = renderedPages, Views = views, FeedItems = feedItems };
        return new BodyEditResult(build, changed, jobs.Select(j => j.Url).ToList());
    }

    /// <summary>Whether an edit changed what other pages show of the post: its card, as the record hashed it.</summary>
    private static bool CardChanged(LastBuild last, PostEdit edit, ViewFactory views) =>
        last.Pages.Hashes.GetValueOrDefault(edit.Before.Article.SourcePath + PageRead.CardSuffix) != InputHashes.OfValue(views.Summary(edit.After));

    /// <summary>
    /// The pages that can show the edits, from the record of what each page read: the post's own page; when its card
    /// changed, every page that shows the card (lists, related reading, "Also read", term pages' backlinks); and every
    /// page of a term the edit started or stopped linking, whose backlinks moved.
    /// </summary>
    private static PageSelection Selection(LastBuild last, Site.SiteModel edited, IReadOnlyList<PostEdit> edits, Func<PostEdit, bool> cardChanged)
    {
        var read = new List<string>();
        foreach (var edit in edits)
        {
            var source = edit.After.Article.SourcePath;
            read.Add(source);
            if (cardChanged(edit)) read.Add(source + PageRead.CardSuffix);
            read.AddRange(edit.RelinkedTermSlugs.Where(edited.TermsBySlug.ContainsKey).Select(slug => edited.TermsBySlug[slug].Term.SourcePath));
        }
        var urls = last.Pages.Reading(read);
        // Which posts have their page among them, so that PageJobs looks at those posts only.
        var posts = urls.Select(url => last.Pages.ByUrl[url].Inputs.Own).SelectMany(own => own)
            .Select(source => last.PostIndex.GetValueOrDefault(source, -1)).Where(i => i >= 0).Order().ToList();
        return new PageSelection(urls, posts, last.LeadsOf(edited));
    }

    /// <summary>Whether a term the edits linked or unlinked now has a page more or fewer: the fast path only replaces
    /// pages, so the full rebuild adds or removes it.</summary>
    private static bool TermPageCountChanged(Site.SiteModel before, Site.SiteModel after, IReadOnlyList<PostEdit> edits) =>
        edits.SelectMany(e => e.RelinkedTermSlugs).Distinct(StringComparer.Ordinal).Any(slug =>
            before.TermsBySlug.TryGetValue(slug, out var was) && after.TermsBySlug.TryGetValue(slug, out var now)
            && Site.Paginator.PageCount(was.Backlinks.Count, before.Config.PostsPerPage)
                != Site.Paginator.PageCount(now.Backlinks.Count, after.Config.PostsPerPage));

    /// <summary>The search index with the edited posts' entries replaced; null when none of them changed.</summary>
    private static OutputFile? SearchIndexAfter(LastBuild last, Site.SiteModel edited, IReadOnlyList<PostEdit> edits)
    {
        var path = edited.Urls.OutputPath(edited.Urls.SearchIndex);
        var previous = last.Files.GetValueOrDefault(path);
        var index = previous;
        foreach (var edit in edits)
            index = index is null ? null : SearchIndex.WithEntryReplaced(index, last.Site, edit.Before, edited, edit.After);
        return index is null ? SearchIndex.Write(edited) : ReferenceEquals(index, previous) ? null : index;
    }
}
