using Generator.Content;
using Generator.Markdown;
using Generator.Output;
using Generator.Rendering;
using Generator.Site;

namespace Generator.Serve;

/// <summary>
/// What serve keeps of its last successful rebuild, so that an edit to posts' bodies can be applied to it
/// (<see cref="BodyEdits"/>) instead of building the site again. Edits keep front matter, so what front matter
/// decides (the order of posts, related reading, what is scheduled) holds for every later patched build too.
/// </summary>
/// <param name="Inputs">The Rendering stage's inputs: the site model, the parsed templates and the theme's assets.</param>
/// <param name="Files">Every file of the build by output path: pages, feeds, search index and the rest.</param>
/// <param name="PageCount">How many of <paramref name="Files"/> are rendered pages.</param>
/// <param name="Diagnostics">The build's warnings, reported again with each rebuild that reuses it.</param>
/// <param name="Pages">The rendered pages with their inputs, for the next full rebuild's comparison.</param>
/// <param name="PostIndex">Each post's place in the model's list of posts, by source path.</param>
/// <param name="RelatedBy">For each post (by place), the posts whose related reading or "Also read" shows it.</param>
/// <param name="LeadPlaces">Where the lead story of the home list (key "") and of each category's list (its id) is.</param>
/// <param name="Views">Views of the model's posts, reused while those records are (their cards).</param>
/// <param name="FeedItems">Feed items made for the model's posts, reused likewise.</param>
/// <param name="NextScheduled">The earliest post date after the model's clock (drafts included): once it passes, a
/// post changes from scheduled to published, which only a full rebuild shows.</param>
internal sealed record LastBuild(
    RenderInputs Inputs,
    IReadOnlyDictionary<string, OutputFile> Files,
    int PageCount,
    IReadOnlyList<Diagnostic> Diagnostics,
    RenderedPages Pages,
    IReadOnlyDictionary<string, int> PostIndex,
    IReadOnlyList<int[]> RelatedBy,
    IReadOnlyDictionary<string, int> LeadPlaces,
    ViewFactory Views,
    FeedItemFactory FeedItems,
    DateTimeOffset? NextScheduled)
{
    public SiteModel Site => Inputs.Site;

    /// <param name="inputs">The Rendering stage's inputs of the build, holding its site model.</param>
    /// <param name="allPosts">Every post read, drafts and future posts included.</param>
    public static LastBuild Of(RenderInputs inputs, BuildResult result, RenderPass pass, IEnumerable<Article> allPosts)
    {
        var site = inputs.Site;
        var index = new Dictionary<string, int>(site.Posts.Count, StringComparer.Ordinal);
        var byPost = new Dictionary<RenderedArticle, int>(site.Posts.Count, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < site.Posts.Count; i++) (index[site.Posts[i].Article.SourcePath], byPost[site.Posts[i]]) = (i, i);
        var relatedBy = new List<int>?[site.Posts.Count];
        for (var i = 0; i < site.Posts.Count; i++)
            foreach (var related in (site.AlsoRead.GetValueOrDefault(site.Posts[i].Slug) ?? []).Concat(site.Related.GetValueOrDefault(site.Posts[i].Slug) ?? []))
                (relatedBy[byPost[related]] ??= []).Add(i);
        var leads = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (key, list) in ListsWithLead(site))
            if (LeadStory.Of(list) is { } lead) leads[key] = EditedModel.PlaceOf(list, lead);
        var nextScheduled = site.Now is { } now ? PostSelection.NextScheduled(allPosts, now) : null;
        return new LastBuild(inputs, result.Files.ToDictionary(f => f.Path, StringComparer.Ordinal), pass.Files.Count, result.Diagnostics,
            pass.Pages, index, Array.ConvertAll(relatedBy, r => r?.ToArray() ?? []), leads, inputs.Views(site), new FeedItemFactory(site),
            nextScheduled);
    }

    /// <summary>The lead stories of <paramref name="site"/>'s lists, by list: at their places in this build's lists, since
    /// a patched model keeps every post's place.</summary>
    public IReadOnlyDictionary<IReadOnlyList<RenderedArticle>, RenderedArticle> LeadsOf(SiteModel site)
    {
        var leads = new Dictionary<IReadOnlyList<RenderedArticle>, RenderedArticle>(ReferenceEqualityComparer.Instance);
        foreach (var (key, list) in ListsWithLead(site))
            if (LeadPlaces.TryGetValue(key, out var at)) leads[list] = list[at];
        return leads;
    }

    private static IEnumerable<(string Key, IReadOnlyList<RenderedArticle> Posts)> ListsWithLead(SiteModel site) => PageJobs.ListsWithLead(site);

    /// <summary>These files with some replaced.</summary>
    public IReadOnlyDictionary<string, OutputFile> FilesWith(IEnumerable<OutputFile> changed)
    {
        var files = DictionaryCopy.Of(Files);
        foreach (var file in changed) files[file.Path] = file;
        return files;
    }
}
