namespace Generator.Content;

/// <summary>Which posts a build publishes: drafts and posts dated in the future only when asked for.</summary>
internal static class PostSelection
{
    public static IReadOnlyList<Article> Published(IReadOnlyList<Article> posts, bool drafts, bool future, DateTimeOffset now) =>
        posts.Where(p => (drafts || !p.Draft) && (future || p.Date <= now)).ToList();
}
