using Generator.Markdown;

namespace Generator.Site;

/// <summary>
/// The story that leads a front page: the newest post marked <c>featured: true</c>, else simply the newest, as a news
/// site's editor would pin a story and otherwise let the latest lead.
/// </summary>
internal static class LeadStory
{
    public static RenderedArticle? Of(IReadOnlyList<RenderedArticle> newestFirst)
    {
        foreach (var post in newestFirst)
            if (post.Article.Featured) return post;
        return newestFirst.Count > 0 ? newestFirst[0] : null;
    }
}
