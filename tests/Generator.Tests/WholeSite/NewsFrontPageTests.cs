using Generator.Output;
using Generator.Tests.Support;

namespace Generator.Tests.WholeSite;

public class NewsFrontPageTests
{
    private static TestSite ThreePosts(string featured = "")
    {
        var site = new TestSite();
        site.Post("2026-04-01-old.md", "Old story", date: "2026-04-01", extra: "category: tech\ntags: [GPU]\n" + featured)
            .Post("2026-04-02-mid.md", "Middle story", date: "2026-04-02", extra: "category: tech\ntags: [Chips, GPU]")
            .Post("2026-04-03-new.md", "Newest story", date: "2026-04-03", author: "ben", extra: "summary: The newest.");
        site.Build().Succeeded.ShouldBeTrue();
        return site;
    }

    private static string LeadOf(string html) => html[html.IndexOf("class=\"lead-story", StringComparison.Ordinal)..html.IndexOf("</article>", html.IndexOf("class=\"lead-story", StringComparison.Ordinal), StringComparison.Ordinal)];

    [Fact]
    public void The_newest_post_leads_the_home_page_and_is_not_repeated_below()
    {
        using var site = ThreePosts();
        var home = site.ReadOutput("index.html");
        LeadOf(home).ShouldContain("Newest story");
        LeadOf(home).ShouldContain("By <a href=\"/ai-news/authors/ben/\">Ben Example</a>");
        home.Split("Newest story</a>").Length.ShouldBe(2);
        home.ShouldContain("Middle story");
    }

    [Fact]
    public void A_featured_post_leads_the_home_and_its_category_page()
    {
        using var site = ThreePosts(featured: "featured: true");
        LeadOf(site.ReadOutput("index.html")).ShouldContain("Old story");
        var category = site.ReadOutput("categories/tech/index.html");
        LeadOf(category).ShouldContain("Old story");
        category.ShouldContain("Middle story");
    }

    [Fact]
    public void Tag_pages_list_without_a_lead_and_carry_a_follow_button()
    {
        using var site = ThreePosts();
        var tag = site.ReadOutput("tags/gpu/index.html");
        tag.ShouldNotContain("class=\"lead-story");
        tag.ShouldContain("data-follow=\"tag:gpu\" aria-pressed=\"false\" hidden><span class=\"follow-label\">Follow</span><span class=\"following-label\">Following</span>");
        site.ReadOutput("categories/tech/index.html").ShouldContain("data-follow=\"category:tech\" aria-pressed=\"false\" hidden><span class=\"follow-label\">Follow</span>");
    }

    [Fact]
    public void Cards_carry_byline_and_reading_time()
    {
        using var site = ThreePosts();
        var tag = site.ReadOutput("tags/gpu/index.html");
        tag.ShouldContain("<p class=\"meta byline\">By <a href=\"/ai-news/authors/ana/\">Ana Example</a> · <time datetime=\"2026-04-02\">2 April 2026</time> · 1 min read</p>");
    }

    [Fact]
    public void Posts_end_with_an_author_box_and_author_pages_show_the_bio()
    {
        using var site = ThreePosts();
        var post = site.ReadOutput("posts/old/index.html");
        post.ShouldContain("class=\"author-box\"");
        post.ShouldContain("<p>Writes tests.</p>");
        post.ShouldContain("<a href=\"/ai-news/authors/ana/\">More articles by Ana Example</a>");
        site.ReadOutput("authors/ana/index.html").ShouldContain("Writes tests.");
    }

    [Fact]
    public void For_you_is_hidden_markup_and_the_follow_index_lists_topics_and_posts()
    {
        using var site = ThreePosts();
        site.ReadOutput("index.html").ShouldContain("<section class=\"for-you\" id=\"for-you\" aria-labelledby=\"for-you-heading\" hidden>");
        var index = FollowIndex.Read(site.ReadOutput("follow-index.json"))!;
        index.Topics["tag:gpu"].Name.ShouldBe("GPU");
        index.Topics["category:policy"].Url.ShouldBe("/ai-news/categories/policy/");
        index.Posts.Select(p => p.Title).ShouldBe(["Newest story", "Middle story", "Old story"]);
        index.Posts[1].Keys.ShouldBe(["category:tech", "tag:chips", "tag:gpu"]);
    }

    [Fact]
    public void Featured_must_be_true_or_false()
    {
        using var site = new TestSite();
        site.Post("2026-04-01-a.md", "A", extra: "featured: maybe");
        TestSite.Errors(site.Build()).ShouldHaveSingleItem().ShouldContain("featured");
    }
}
