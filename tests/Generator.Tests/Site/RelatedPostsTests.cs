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

    /// <summary>The ranking against its rule written plainly (every candidate scored with the posts' own strings and
    /// dates, sorted, the first five kept), on generated sites: big tags past the window, shared days, time zones,
    /// posts without tags or category, hand-picked reading.</summary>
    [Theory]
    [InlineData(1, 40)]
    [InlineData(2, 300)]
    [InlineData(3, 300)]
    [InlineData(4, 800)]
    [InlineData(5, 120)]
    public void Ranking_equals_the_rule_sorted_by_brute_force(int seed, int count)
    {
        var random = new Random(seed);
        string[] tagPool = ["AI", "GPU", "Chips", "Policy", "Open", "Agents", "Cloud"];
        string?[] categories = ["tech", "policy", null];
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var posts = Enumerable.Range(0, count).Select(i =>
        {
            var post = PostAt($"p{random.Next(100_000):D5}-{i}", new DateTimeOffset(start.AddHours(-random.Next(count * 2)).UtcDateTime)
                .ToOffset(TimeSpan.FromHours(random.Next(-5, 6))), [.. tagPool.Where(_ => random.Next(4) == 0)]);
            var also = random.Next(10) == 0 ? (IReadOnlyList<string>)[$"p{random.Next(100_000):D5}-{random.Next(count)}"] : [];
            return post with { Article = post.Article with { CategoryId = categories[random.Next(3)], AlsoRead = also } };
        }).OrderByDescending(p => p.Article.Date).ThenBy(p => p.Slug, StringComparer.Ordinal).ToList();
        var picked = RelatedPosts.Picked(posts);

        var related = RelatedPosts.For(posts, picked);

        for (var i = 0; i < posts.Count; i++)
            related[posts[i].Slug].Select(p => p.Slug).ShouldBe(BruteForce(posts, picked, i), posts[i].Slug);
    }

    private static List<string> BruteForce(List<RenderedArticle> posts, IReadOnlyDictionary<string, IReadOnlyList<RenderedArticle>> picked, int me)
    {
        var mine = posts[me].Article;
        var excluded = picked.GetValueOrDefault(posts[me].Slug)?.Select(p => p.Slug).ToHashSet() ?? [];
        List<RenderedArticle> Sharing(Func<Article, bool> test) => posts.Where(p => test(p.Article)).ToList();
        var candidates = new HashSet<RenderedArticle>();
        foreach (var tag in mine.Tags.Distinct())
        {
            var list = Sharing(a => a.Tags.Contains(tag));
            var at = list.IndexOf(posts[me]);
            candidates.UnionWith(list.Where((_, j) => j != at && Math.Abs(j - at) <= RelatedPosts.Window && !excluded.Contains(list[j].Slug)));
        }
        var chosen = candidates.OrderByDescending(c => c.Article.Tags.Distinct().Count(mine.Tags.Contains))
            .ThenByDescending(c => mine.CategoryId is not null && c.Article.CategoryId == mine.CategoryId)
            .ThenBy(c => (c.Article.Date - mine.Date).Duration()).ThenBy(c => c.Slug, StringComparer.Ordinal)
            .Take(RelatedPosts.Most).ToList();
        void TopUp(List<RenderedArticle> list, int count)
        {
            var at = list.IndexOf(posts[me]);
            var byDistance = list.Select((p, j) => (p, j)).Where(x => x.j != at)
                .OrderBy(x => (x.p.Article.Date - mine.Date).Duration()).ThenBy(x => x.j < at ? 0 : 1).ThenBy(x => Math.Abs(x.j - at));
            foreach (var (post, _) in byDistance)
                if (chosen.Count < count && !chosen.Contains(post) && !excluded.Contains(post.Slug)) chosen.Add(post);
        }
        if (chosen.Count < RelatedPosts.Most && mine.CategoryId is { } category) TopUp(Sharing(a => a.CategoryId == category), RelatedPosts.Most);
        if (chosen.Count < RelatedPosts.Least) TopUp(posts, RelatedPosts.Least);
        return chosen.ConvertAll(c => c.Slug);
    }

    private static RenderedArticle PostAt(string slug, DateTimeOffset date, params string[] tags)
    {
        var post = Post(slug, 1, null, tags);
        return post with { Article = post.Article with { Date = date } };
    }
}
