namespace Generator.Site;

/// <summary>
/// "Related reading" for every post: other posts ranked by shared tags, then a shared category, then closeness in date.
/// Between 3 and 5 are chosen: up to 5 that share a tag or the category, topped up to 3 with the posts nearest in date.
/// Candidates come from tag and category indexes, so a 10,000-post site does not compare every pair.
/// </summary>
public static class RelatedPosts
{
    public const int Most = 5;
    public const int Least = 3;

    /// <param name="posts">Newest first, as the Site stage orders them.</param>
    public static IReadOnlyDictionary<string, IReadOnlyList<RenderedArticle>> For(IReadOnlyList<RenderedArticle> posts)
    {
        var position = new Dictionary<RenderedArticle, int>(ReferenceEqualityComparer.Instance);
        var byTag = new Dictionary<string, List<RenderedArticle>>(StringComparer.Ordinal);
        var byCategory = new Dictionary<string, List<RenderedArticle>>(StringComparer.Ordinal);
        for (var i = 0; i < posts.Count; i++)
        {
            var post = posts[i];
            position[post] = i;
            foreach (var tag in post.Article.Tags) Add(byTag, tag, post);
            if (post.Article.CategoryId is { } category) Add(byCategory, category, post);
        }

        var result = new Dictionary<string, IReadOnlyList<RenderedArticle>>(posts.Count, StringComparer.Ordinal);
        foreach (var post in posts)
        {
            var scores = new Dictionary<RenderedArticle, (int Tags, int Category)>(ReferenceEqualityComparer.Instance);
            foreach (var tag in post.Article.Tags.Distinct(StringComparer.Ordinal))
                foreach (var other in byTag[tag])
                    if (!ReferenceEquals(other, post)) scores[other] = (scores.GetValueOrDefault(other).Tags + 1, 0);
            if (post.Article.CategoryId is { } category)
                foreach (var other in byCategory[category])
                    if (!ReferenceEquals(other, post)) scores[other] = (scores.GetValueOrDefault(other).Tags, 1);

            var date = post.Article.Date;
            var chosen = scores
                .OrderByDescending(s => s.Value.Tags).ThenByDescending(s => s.Value.Category)
                .ThenBy(s => (s.Key.Article.Date - date).Duration()).ThenBy(s => s.Key.Slug, StringComparer.Ordinal)
                .Take(Most).Select(s => s.Key).ToList();
            if (chosen.Count < Least) TopUpByDate(posts, position[post], chosen);
            result[post.Slug] = chosen;
        }
        return result;
    }

    private static void TopUpByDate(IReadOnlyList<RenderedArticle> posts, int index, List<RenderedArticle> chosen)
    {
        var date = posts[index].Article.Date;
        // Walk outwards from the post in date order, taking whichever neighbour is closer in time first.
        int newer = index - 1, older = index + 1;
        while (chosen.Count < Least && (newer >= 0 || older < posts.Count))
        {
            var takeNewer = older >= posts.Count
                || (newer >= 0 && (posts[newer].Article.Date - date).Duration() <= (posts[older].Article.Date - date).Duration());
            var candidate = takeNewer ? posts[newer--] : posts[older++];
            if (!chosen.Contains(candidate)) chosen.Add(candidate);
        }
    }

    private static void Add(Dictionary<string, List<RenderedArticle>> index, string key, RenderedArticle post)
    {
        if (!index.TryGetValue(key, out var list)) index[key] = list = [];
        list.Add(post);
    }
}
