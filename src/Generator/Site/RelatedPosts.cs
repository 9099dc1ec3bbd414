namespace Generator.Site;

/// <summary>
/// "Related reading" for every post: other posts ranked by shared tags, then a shared category, then closeness in date.
/// Between 3 and 5 are chosen: up to 5 that share a tag or the category, topped up to 3 with the posts nearest in date.
/// The work per post is bounded, so the whole site costs O(posts): candidates sharing a tag are the
/// <see cref="Window"/> posts nearest in date on each side in each of the post's tag lists (exact wherever a tag has
/// at most 2 × Window + 1 posts; on bigger sites "related" means related and recent, as readers expect of news), and
/// the best 5 are kept in a small top-k buffer instead of sorting every candidate.
/// </summary>
public static class RelatedPosts
{
    public const int Most = 5;
    public const int Least = 3;
    public const int Window = 64;

    /// <param name="posts">Newest first, as the Site stage orders them.</param>
    public static IReadOnlyDictionary<string, IReadOnlyList<RenderedArticle>> For(IReadOnlyList<RenderedArticle> posts)
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
        for (var i = 0; i < posts.Count; i++)
        {
            candidates.Clear();
            foreach (var (list, index) in tagPositions[i])
                for (int j = Math.Max(0, index - Window), end = Math.Min(list.Count - 1, index + Window); j <= end; j++)
                    if (j != index) candidates.Add(list[j]);
            chosen.Clear();
            foreach (var candidate in candidates) Keep(posts, tags, i, candidate, chosen);
            if (chosen.Count < Most && categoryPosition[i] is var (categoryList, at)) TakeNearest(posts, categoryList, at, chosen, Most);
            if (chosen.Count < Least) TakeNearest(posts, null, i, chosen, Least);
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
    private static void TakeNearest(IReadOnlyList<RenderedArticle> posts, List<int>? list, int index, List<int> chosen, int count)
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
            if (!chosen.Contains(candidate)) chosen.Add(candidate);
        }
    }

    private static (List<int> List, int Index) Add(Dictionary<string, List<int>> index, string key, int post)
    {
        if (!index.TryGetValue(key, out var list)) index[key] = list = [];
        list.Add(post);
        return (list, list.Count - 1);
    }
}
