namespace Generator.Site;

/// <summary>
/// "Related reading" for every post: other posts ranked by shared tags, then a shared category, then closeness in date.
/// Between 3 and 5 are chosen: up to 5 that share a tag or the category, topped up to 3 with the posts nearest in date.
/// Only posts sharing a tag are scored; posts sharing just the category are taken nearest-in-date first by walking
/// the category's date-ordered list outwards, so a 10,000-post site never sorts thousands of candidates per post.
/// </summary>
public static class RelatedPosts
{
    public const int Most = 5;
    public const int Least = 3;

    /// <param name="posts">Newest first, as the Site stage orders them.</param>
    public static IReadOnlyDictionary<string, IReadOnlyList<RenderedArticle>> For(IReadOnlyList<RenderedArticle> posts)
    {
        var byTag = new Dictionary<string, List<RenderedArticle>>(StringComparer.Ordinal);
        var byCategory = new Dictionary<string, List<RenderedArticle>>(StringComparer.Ordinal);
        var positionInCategory = new Dictionary<RenderedArticle, int>(ReferenceEqualityComparer.Instance);
        var position = new Dictionary<RenderedArticle, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < posts.Count; i++)
        {
            var post = posts[i];
            position[post] = i;
            foreach (var tag in post.Article.Tags.Distinct(StringComparer.Ordinal)) Add(byTag, tag, post);
            if (post.Article.CategoryId is { } category) positionInCategory[post] = Add(byCategory, category, post);
        }

        var result = new Dictionary<string, IReadOnlyList<RenderedArticle>>(posts.Count, StringComparer.Ordinal);
        foreach (var post in posts)
        {
            var chosen = ByTags(post, byTag);
            if (chosen.Count < Most && post.Article.CategoryId is { } category)
                TakeNearest(byCategory[category], positionInCategory[post], chosen, Most);
            if (chosen.Count < Least) TakeNearest(posts, position[post], chosen, Least);
            result[post.Slug] = chosen;
        }
        return result;
    }

    /// <summary>Posts sharing at least one tag, best first: more shared tags, then the same category, then nearer in date.</summary>
    private static List<RenderedArticle> ByTags(RenderedArticle post, Dictionary<string, List<RenderedArticle>> byTag)
    {
        var shared = new Dictionary<RenderedArticle, int>(ReferenceEqualityComparer.Instance);
        foreach (var tag in post.Article.Tags.Distinct(StringComparer.Ordinal))
            foreach (var other in byTag[tag])
                if (!ReferenceEquals(other, post)) shared[other] = shared.GetValueOrDefault(other) + 1;

        var category = post.Article.CategoryId;
        var date = post.Article.Date;
        return shared
            .OrderByDescending(s => s.Value)
            .ThenByDescending(s => category is not null && s.Key.Article.CategoryId == category)
            .ThenBy(s => (s.Key.Article.Date - date).Duration())
            .ThenBy(s => s.Key.Slug, StringComparer.Ordinal)
            .Take(Most).Select(s => s.Key).ToList();
    }

    /// <summary>Adds the posts nearest in date to <c>list[index]</c>, walking outwards, until <paramref name="count"/> are chosen.</summary>
    private static void TakeNearest(IReadOnlyList<RenderedArticle> list, int index, List<RenderedArticle> chosen, int count)
    {
        var date = list[index].Article.Date;
        int newer = index - 1, older = index + 1;
        while (chosen.Count < count && (newer >= 0 || older < list.Count))
        {
            var takeNewer = older >= list.Count
                || (newer >= 0 && (list[newer].Article.Date - date).Duration() <= (list[older].Article.Date - date).Duration());
            var candidate = takeNewer ? list[newer--] : list[older++];
            if (!chosen.Contains(candidate)) chosen.Add(candidate);
        }
    }

    private static int Add(Dictionary<string, List<RenderedArticle>> index, string key, RenderedArticle post)
    {
        if (!index.TryGetValue(key, out var list)) index[key] = list = [];
        list.Add(post);
        return list.Count - 1;
    }
}
