using Generator.Markdown;
using Generator.Output;
using Generator.Tests.Support;

namespace Generator.Tests.Output;

public class SearchIndexTests
{
    private static readonly Lazy<IReadOnlyList<SearchEntry>> Index = new(() =>
    {
        using var site = NewsSite.Create();
        site.Post("2026-03-26-long.md", "A long read", date: "2026-03-26", body: string.Join(" ", Enumerable.Repeat("word", 200)));
        return SearchIndex.Read(site.Build(write: false).Files.Single(f => f.Path == "search-index.json").Content);
    });

    [Fact]
    public void Holds_every_post_newest_first()
    {
        Index.Value.Count.ShouldBe(NewsSite.PostCount + 1);
        Index.Value[0].Title.ShouldBe("A long read");
        Index.Value.Select(e => e.Url).ShouldBeUnique();
    }

    [Fact]
    public void Entry_has_url_date_summary_category_tags_and_an_excerpt()
    {
        var entry = Index.Value.Single(e => e.Title == "Post 24");
        entry.Url.ShouldBe("/ai-news/posts/post-24/");
        entry.Date.ShouldBe("2026-03-24");
        entry.Summary.ShouldBe("Summary of post 24 & more.");
        entry.Category.ShouldBe("Tech Frontline");
        entry.Tags.ShouldBe(["Kimi K2.6"]);
        entry.Excerpt.ShouldBe("Body of post 24 about open-weight models.");
    }

    [Fact]
    public void Excerpt_is_plain_text_without_footnotes()
    {
        var excerpt = Index.Value.Single(e => e.Title == "Post 25").Excerpt;
        excerpt.ShouldStartWith("See the deal, the GPU entry and a sibling. A footnote and an image:");
        excerpt.ShouldNotContain("<");
        excerpt.ShouldNotContain("The note.");
    }

    [Fact]
    public void Excerpt_is_cut_at_a_word_to_at_most_300_characters()
    {
        var excerpt = Index.Value[0].Excerpt.ShouldNotBeNull();
        excerpt.Length.ShouldBeLessThanOrEqualTo(SearchIndex.ExcerptLength);
        excerpt.ShouldEndWith("word…");
    }

    [Fact]
    public void Empty_fields_are_left_out_of_the_json()
    {
        using var site = new TestSite();
        site.Post("2026-04-20-bare.md", "Bare");
        var json = site.Build(write: false).Files.Single(f => f.Path == "search-index.json").Content;
        json.ShouldNotContain("\"s\":");
        json.ShouldNotContain("\"g\":");
        json.ShouldNotContain("\"k\":");
        json.ShouldContain("\"t\":\"Bare\"");
    }

    [Fact]
    public void On_a_site_past_the_excerpt_limit_only_posts_without_a_summary_get_an_excerpt()
    {
        using var site = NewsSite.Create();
        site.Post("2026-03-26-bare.md", "No summary", date: "2026-03-26", body: "Plain words here.");
        var model = site.Build(write: false).Site!;
        var entries = SearchIndex.Read(SearchIndex.Write(model, excerptsForEveryPostUpTo: model.Posts.Count - 1).Content);
        entries.Single(e => e.Title == "No summary").Excerpt.ShouldBe("Plain words here.");
        entries.Where(e => e.Summary is not null).ShouldAllBe(e => e.Excerpt == null);
        SearchIndex.Read(SearchIndex.Write(model).Content).ShouldAllBe(e => e.Excerpt != null);
    }

    [Fact]
    public void Linked_glossary_terms_are_listed_by_name() =>
        SearchIndex.Write(SiteWithLinkedTerm()).Content.ShouldContain("\"k\":[\"GPU\"]");

    /// <summary>
    /// Glossary auto-linking fills RenderedArticle.LinkedTermSlugs; the index must turn those slugs into term names
    /// whatever the Glossary stage does, so the site model is built here directly.
    /// </summary>
    private static Generator.Site.SiteModel SiteWithLinkedTerm()
    {
        using var site = NewsSite.Create();
        var model = site.Build(write: false).Site!;
        var first = model.Posts[0] with { LinkedTermSlugs = ["gpu", "no-such-term"] };
        return model with { Posts = [first, .. model.Posts.Skip(1)] };
    }
}
