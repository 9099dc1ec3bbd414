using Generator.Content;
using Generator.Markdown;
using Generator.Site;

namespace Generator.Tests.Site;

public class RelatedPostsTests
{
    private static RenderedArticle Post(string slug, int day, string? category, params string[] tags) => new(
        new Article($"content/posts/{slug}.md", slug, slug, new DateTimeOffset(2026, 4, day, 0, 0, 0, TimeSpan.Zero), null, "ana",
            category, tags, null, null, [], [], false, true, "", 1),
        new RenderedMarkdown("", default, []), []);

    private static IReadOnlyList<string> RelatedTo(string slug, params RenderedArticle[] posts)
    {
        var ordered = posts.OrderByDescending(p => p.Article.Date).ToList();
        return RelatedPosts.For(ordered)[slug].Select(p => p.Slug).ToList();
    }

    [Fact]
    public void More_shared_tags_rank_first_then_shared_category_then_closeness_in_date()
    {
        var related = RelatedTo("me",
            Post("me", 10, "tech", "AI", "GPU"),
            Post("two-tags", 1, null, "AI", "GPU"),
            Post("one-tag-same-category", 2, "tech", "AI"),
            Post("one-tag-near", 9, null, "GPU"),
            Post("one-tag-far", 3, null, "AI"),
            Post("category-only", 11, "tech"),
            Post("unrelated", 12, "policy"));
        related.ShouldBe(["two-tags", "one-tag-same-category", "one-tag-near", "one-tag-far", "category-only"]);
    }

    [Fact]
    public void Never_lists_the_post_itself_and_tops_up_to_three_by_date()
    {
        var related = RelatedTo("me",
            Post("me", 10, null, "Solo"), Post("a", 9, null), Post("b", 14, null), Post("c", 11, null), Post("d", 1, null));
        related.ShouldBe(["c", "a", "b"]);
    }

    private static RenderedArticle Picking(RenderedArticle post, params string[] slugs) =>
        post with { Article = post.Article with { AlsoRead = slugs } };

    [Fact]
    public void Picked_posts_keep_the_authors_order_without_unknown_slugs_the_post_itself_or_repeats()
    {
        var posts = new[] { Picking(Post("me", 10, null), "b", "nowhere", "me", "a", "b"), Post("a", 9, null), Post("b", 8, null) };
        var picked = RelatedPosts.Picked(posts);
        picked["me"].Select(p => p.Slug).ShouldBe(["b", "a"]);
        picked.ContainsKey("a").ShouldBeFalse("only posts that pick something have an entry");
    }

    [Fact]
    public void Related_reading_leaves_out_the_posts_picked_by_hand()
    {
        var posts = new[]
        {
            Picking(Post("me", 10, "tech", "AI"), "best"), Post("best", 9, "tech", "AI"), Post("next", 8, "tech", "AI"),
            Post("near", 11, null), Post("far", 1, null),
        }.OrderByDescending(p => p.Article.Date).ToList();
        var related = RelatedPosts.For(posts, RelatedPosts.Picked(posts))["me"].Select(p => p.Slug).ToList();
        related.ShouldNotContain("best");
        related.ShouldBe(["next", "near", "far"], "still topped up to three, by date");
    }

    [Fact]
    public void Five_at_most()
    {
        var posts = Enumerable.Range(1, 9).Select(i => Post("p" + i, i, "tech", "AI")).ToArray();
        RelatedTo("p5", posts).Count.ShouldBe(5);
    }

    [Fact]
    public void On_a_big_tag_only_the_posts_nearest_in_date_are_candidates()
    {
        // "far" shares both tags, but each tag has more than a window's worth of posts between it and "me".
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var between = Enumerable.Range(1, RelatedPosts.Window + 1)
            .SelectMany(i => new[] { PostAt("ai" + i, start.AddHours(-i), "AI"), PostAt("gpu" + i, start.AddHours(-i), "GPU") });
        var far = PostAt("far", start.AddYears(-1), "AI", "GPU");
        var me = PostAt("me", start, "AI", "GPU");

        RelatedTo("me", [me, far, .. between]).ShouldNotContain("far");
        RelatedTo("me", [me, far, .. between.Take(10)]).First().ShouldBe("far");
    }

    private static RenderedArticle PostAt(string slug, DateTimeOffset date, params string[] tags)
    {
        var post = Post(slug, 1, null, tags);
        return post with { Article = post.Article with { Date = date } };
    }
}
