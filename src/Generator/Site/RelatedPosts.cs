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
        var tagPositions = new (List<int> List, int Index)[posts.Count][];
        var categoryPosition = new (List<int> List, int Index)?[posts.Count];
        for (var i = 0; i < posts.Count; i++)
        {
            tagPositions[i] = Array.ConvertAll(posts[i].Article.Tags.Distinct(StringComparer.Ordinal).ToArray(), tag => Add(byTag, tag, i));
            if (posts[i].Article.CategoryId is { } category) categoryPosition[i] = Add(byCategory, category, i);
        }
        var facts = Facts.Of(posts, byTag, byCategory);

        var result = new Dictionary<string, IReadOnlyList<RenderedArticle>>(posts.Count, StringComparer.Ordinal);
        var candidates = new HashSet<int>();
        var chosen = new List<Candidate>(Most + 1);
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
            foreach (var candidate in candidates) Keep(facts.Of(i, candidate), chosen);
            var picks = chosen.ConvertAll(c => c.Post);
            if (picks.Count < Most && categoryPosition[i] is var (categoryList, at)) TakeNearest(posts, categoryList, at, picks, Most, excluded);
            if (picks.Count < Least) TakeNearest(posts, null, i, picks, Least, excluded);
            result[posts[i].Slug] = picks.ConvertAll(c => posts[c]);
        }
        return result;
    }

    /// <summary>A candidate for one post's reading, with what ranks it: worked out once, then compared with numbers only.</summary>
    private readonly record struct Candidate(int Post, int Shared, bool SameCategory, long Distance, int SlugRank)
    {
        /// <summary>More shared tags, then the same category, then nearer in date, then the slug.</summary>
        public bool Before(Candidate other) =>
            Shared != other.Shared ? Shared > other.Shared
            : SameCategory != other.SameCategory ? SameCategory
            : Distance != other.Distance ? Distance < other.Distance
            : SlugRank < other.SlugRank;
    }

    /// <summary>
    /// Each post's tags and category as numbers, its date as UTC ticks and its slug's ordinal rank: the ranking compares
    /// millions of candidates at 10,000 posts, and with the posts' strings and records it took 1.2 s of a build (profiled).
    /// </summary>
    private sealed class Facts(int[][] tags, int[] category, long[] ticks, int[] slugRank)
    {
        public static Facts Of(IReadOnlyList<RenderedArticle> posts, Dictionary<string, List<int>> byTag, Dictionary<string, List<int>> byCategory)
        {
            var tagIds = byTag.Keys.Select((tag, id) => (tag, id)).ToDictionary(t => t.tag, t => t.id, StringComparer.Ordinal);
            var categoryIds = byCategory.Keys.Select((c, id) => (c, id)).ToDictionary(c => c.c, c => c.id, StringComparer.Ordinal);
            var order = Enumerable.Range(0, posts.Count).Order(Comparer<int>.Create((a, b) => string.CompareOrdinal(posts[a].Slug, posts[b].Slug))).ToArray();
            var slugRank = new int[posts.Count];
            for (var rank = 0; rank < order.Length; rank++)
                slugRank[order[rank]] = rank > 0 && posts[order[rank]].Slug == posts[order[rank - 1]].Slug ? slugRank[order[rank - 1]] : rank;
            return new Facts(
                [.. posts.Select(p => p.Article.Tags.Distinct(StringComparer.Ordinal).Select(t => tagIds[t]).ToArray())],
                [.. posts.Select(p => p.Article.CategoryId is { } c ? categoryIds[c] : -1)],
                [.. posts.Select(p => p.Article.Date.UtcTicks)],
                slugRank);
        }

        public Candidate Of(int me, int post)
        {
            var shared = 0;
            foreach (var tag in tags[me])
                if (Array.IndexOf(tags[post], tag) >= 0) shared++;
            return new Candidate(post, shared, category[me] >= 0 && category[post] == category[me], Math.Abs(ticks[post] - ticks[me]), slugRank[post]);
        }
    }

    /// <summary>Inserts <paramref name="candidate"/> into the best-first top 5, if it belongs there.</summary>
    private static void Keep(Candidate candidate, List<Candidate> chosen)
    {
        var at = chosen.Count;
        while (at > 0 && candidate.Before(chosen[at - 1])) at--;
        if (at >= Most) return;
        chosen.Insert(at, candidate);
        if (chosen.Count > Most) chosen.RemoveAt(Most);
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
