namespace Generator.Content;

/// <summary>Which posts a build publishes: drafts and posts dated in the future only when asked for.</summary>
internal static class PostSelection
{
    public static IReadOnlyList<Article> Published(IReadOnlyList<Article> posts, bool drafts, bool future, DateTimeOffset now) =>
        posts.Where(p => (drafts || !p.Draft) && (future || p.Date <= now)).ToList();

    /// <summary>The earliest date of a post after <paramref name="now"/>, drafts included: when it comes, that post's page
    /// and lists change though no file did (a build's output, serve's pages and the up-to-date check expire then).</summary>
    public static DateTimeOffset? NextScheduled(IEnumerable<Article> posts, DateTimeOffset now) =>
        posts.Where(p => p.Date > now).Select(p => (DateTimeOffset?)p.Date).Min();
}
