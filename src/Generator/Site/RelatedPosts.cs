using Generator.Markdown;

namespace Generator.Site;

/// <summary>
/// "Related reading" for every post: other posts, but those it picks itself (<c>also_read:</c>, <see cref="Picked"/>),
/// ranked by shared tags, then a shared category, then closeness in date.
/// Between 3 and 5 are chosen: up to 5 that share a tag or the category, topped up to 3 with the posts nearest in date.
/// The work per post is bounded, so the whole site costs O(posts): candidates sharing a tag are the
/// <see cref="Window"/> posts nearest in date on each side in each of the post's tag lists (exact wherever a tag has
/// at most 2 × Window + 1 posts; on bigger sites "related" means related and recent, as readers expect of news), and
/// the best 5 are kept in a small top-k buffer instead of sorting every candidate.
/// </summary>
internal static class RelatedPosts
{
    public const int Most = 5;
    public const int Least = 3;
    public const int Window = 64;

    /// <summary>
    /// Each post's <c>also_read:</c> as posts of this language's list, in the author's order: entries that name no post
    /// of the list (a draft, a scheduled post, a mistake the Content stage reported), the post itself or a repeat are
    /// left out. Only posts with such a list have an entry.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<RenderedArticle>> Picked(IReadOnlyList<RenderedArticle> posts)
    {
        var result = new Dictionary<string, IReadOnlyList<RenderedArticle>>(StringComparer.Ordinal);
        if (!posts.Any(p => p.Article.AlsoRead.Count > 0)) return result;
        // Slugs are unique in a language (GEN010 stops the build before this stage); the first post of a slug is kept.
        var bySlug = new Dictionary<string, RenderedArticle>(posts.Count, StringComparer.Ordinal);
        foreach (var post in posts) bySlug.TryAdd(post.Slug, post);
        foreach (var post in posts.Where(p => p.Article.AlsoRead.Count > 0))
        {
            var picked = post.Article.AlsoRead.Distinct(StringComparer.Ordinal).Where(s => s != post.Slug)
                .Select(s => bySlug.GetValueOrDefault(s)).OfType<RenderedArticle>().ToList();
            if (picked.Count > 0) result[post.Slug] = picked;
        }
        return result;
    }

    /// <param name="posts">Newest first, as the Site stage orders them.</param>
    /// <param name="picked">Each post's hand-picked reading (<see cref="Picked"/>), shown before this list and so left out of it.</param>
    public static IReadOnlyDictionary<string, IReadOnlyList<RenderedArticle>> For(IReadOnlyList<RenderedArticle> posts,
        IReadOnlyDictionary<string, IReadOnlyList<RenderedArticle>>? picked = null)
    {
        // Posts are numbered by their place in the list; tag and category lists hold those numbers, newest first.
        var byTag = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var byCategory = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var tags = new string[posts.Count][];
        var tagPositions = new (List<int> List, int Index)[posts.Count][];
        var categoryPosition = new (List<int> List, int Index)?[posts.Count];
        for (var i = 0; i < posts.Count; i++)
        {
            tags[i] = posts[i].Article.Tags.Distinct(StringComparer.Ordinal).ToArray();
            tagPositions[i] = Array.ConvertAll(tags[i], tag => Add(byTag, tag, i));
            if (posts[i].Article.CategoryId is { } category) categoryPosition[i] = Add(byCategory, category, i);
        }

        var result = new Dictionary<string, IReadOnlyList<RenderedArticle>>(posts.Count, StringComparer.Ordinal);
        var candidates = new HashSet<int>();
        var chosen = new List<int>(Most);
        Dictionary<string, int>? place = null;
        if (picked is { Count: > 0 })
        {
            place = new Dictionary<string, int>(posts.Count, StringComparer.Ordinal);
            for (var i = 0; i < posts.Count; i++) place.TryAdd(posts[i].Slug, i);
        }
        var excluded = new HashSet<int>();
        for (var i = 0; i < posts.Count; i++)
        {
            candidates.Clear();
            excluded.Clear();
            if (place is not null && picked!.TryGetValue(posts[i].Slug, out var mine))
                foreach (var post in mine)
                    if (place.TryGetValue(post.Slug, out var pickedAt)) excluded.Add(pickedAt);
            foreach (var (list, index) in tagPositions[i])
                for (int j = Math.Max(0, index - Window), end = Math.Min(list.Count - 1, index + Window); j <= end; j++)
                    if (j != index && !excluded.Contains(list[j])) candidates.Add(list[j]);
            chosen.Clear();
            foreach (var candidate in candidates) Keep(posts, tags, i, candidate, chosen);
            if (chosen.Count < Most && categoryPosition[i] is var (categoryList, at)) TakeNearest(posts, categoryList, at, chosen, Most, excluded);
            if (chosen.Count < Least) TakeNearest(posts, null, i, chosen, Least, excluded);
            result[posts[i].Slug] = chosen.ConvertAll(c => posts[c]);
        }
        return result;
    }

    /// <summary>Inserts <paramref name="candidate"/> into the best-first top 5 of post <paramref name="me"/>, if it belongs there.</summary>
    private static void Keep(IReadOnlyList<RenderedArticle> posts, string[][] tags, int me, int candidate, List<int> chosen)
    {
        var at = chosen.Count;
        while (at > 0 && Better(posts, tags, me, candidate, chosen[at - 1])) at--;
        if (at >= Most) return;
        chosen.Insert(at, candidate);
        if (chosen.Count > Most) chosen.RemoveAt(Most);
    }

    /// <summary>More shared tags, then the same category, then nearer in date, then the slug.</summary>
    private static bool Better(IReadOnlyList<RenderedArticle> posts, string[][] tags, int me, int a, int b)
    {
        int aShared = Shared(tags[me], tags[a]), bShared = Shared(tags[me], tags[b]);
        if (aShared != bShared) return aShared > bShared;
        var category = posts[me].Article.CategoryId;
        bool aSame = category is not null && posts[a].Article.CategoryId == category;
        bool bSame = category is not null && posts[b].Article.CategoryId == category;
        if (aSame != bSame) return aSame;
        var date = posts[me].Article.Date;
        TimeSpan aDistance = (posts[a].Article.Date - date).Duration(), bDistance = (posts[b].Article.Date - date).Duration();
        if (aDistance != bDistance) return aDistance < bDistance;
        return string.CompareOrdinal(posts[a].Slug, posts[b].Slug) < 0;
    }

    private static int Shared(string[] mine, string[] theirs)
    {
        var count = 0;
        foreach (var tag in mine)
            if (Array.IndexOf(theirs, tag) >= 0) count++;
        return count;
    }

    /// <summary>
    /// Adds the posts nearest in date to entry <paramref name="index"/> of <paramref name="list"/> (post numbers; null:
    /// every post), walking outwards, until <paramref name="count"/> are chosen.
    /// </summary>
    private static void TakeNearest(IReadOnlyList<RenderedArticle> posts, List<int>? list, int index, List<int> chosen, int count,
        HashSet<int> excluded)
    {
        var length = list?.Count ?? posts.Count;
        int Post(int at) => list is null ? at : list[at];
        var date = posts[Post(index)].Article.Date;
        int newer = index - 1, older = index + 1;
        while (chosen.Count < count && (newer >= 0 || older < length))
        {
            var takeNewer = older >= length
                || (newer >= 0 && (posts[Post(newer)].Article.Date - date).Duration() <= (posts[Post(older)].Article.Date - date).Duration());
            var candidate = Post(takeNewer ? newer-- : older++);
            if (!chosen.Contains(candidate) && !excluded.Contains(candidate)) chosen.Add(candidate);
        }
    }

    private static (List<int> List, int Index) Add(Dictionary<string, List<int>> index, string key, int post)
    {
        if (!index.TryGetValue(key, out var list)) index[key] = list = [];
        list.Add(post);
        return (list, list.Count - 1);
    }
}
