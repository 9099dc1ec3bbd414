using Generator.Content;

namespace Generator.Tests.Content;

public class AlsoReadRulesTests
{
    private static readonly SiteConfig Config = new("T", "", new Uri("https://example.com/"), "en", 10, [], [new Author("ana", "Ana", null)], null);

    private static readonly SiteConfig TwoLanguages = Config with { Languages = [new("en", "English", ""), new("zh", "中文", "zh/")] };

    private static (Article? Article, IReadOnlyList<Diagnostic> Diagnostics) Read(string frontMatter)
    {
        var diagnostics = new DiagnosticBag();
        var text = $"---\ntitle: A\ndate: 2026-04-20\nauthor: ana\n{frontMatter}---\nBody\n";
        var document = FrontMatterDocument.Parse(new SourceFile("content/posts/a.md", text), diagnostics)!;
        return (ArticleReader.Read(document, Config, diagnostics), diagnostics.All);
    }

    /// <summary>A post as the reader makes it; <paramref name="alsoRead"/> entries are placed on lines 10, 11, …</summary>
    private static Article Post(string slug, string lang = "en", bool draft = false, int day = 20, params string[] alsoRead) =>
        new Article($"content/posts/{slug}.md", slug, slug, new DateTimeOffset(2026, 4, day, 0, 0, 0, TimeSpan.Zero), null, "ana", null, [],
            null, null, [], [], draft, true, "", 1)
        {
            Lang = lang, AlsoRead = alsoRead, AlsoReadAt = [.. alsoRead.Select((_, i) => new SourceLocation($"content/posts/{slug}.md", 10 + i, 5))],
        };

    private static List<string> Check(SiteConfig config, params Article[] posts)
    {
        var diagnostics = new DiagnosticBag();
        AlsoReadRules.CheckReferences(posts, config, diagnostics);
        return diagnostics.All.Select(d => d.ToString()).ToList();
    }

    [Fact]
    public void Also_read_is_read_in_order_with_the_position_of_each_entry()
    {
        var (article, diagnostics) = Read("also_read:\n  - amazon-deal\n  - chips-explained\n");
        diagnostics.ShouldBeEmpty();
        article!.AlsoRead.ShouldBe(["amazon-deal", "chips-explained"]);
        article.AlsoReadAt.Select(a => (a.Line, a.Column)).ShouldBe([(6, 5), (7, 5)]);
    }

    [Fact]
    public void Also_read_as_one_string_is_an_error_that_shows_the_list_to_write()
    {
        var (article, diagnostics) = Read("also_read: \"amazon-deal, chips\"\n");
        article!.AlsoRead.ShouldBeEmpty();
        diagnostics.ShouldHaveSingleItem().ToString().ShouldBe(
            "content/posts/a.md:5:12: error GEN006: 'also_read' must be a list, not a single string: write also_read: [\"amazon-deal\", \"chips\"]");
    }

    [Fact]
    public void More_than_twenty_entries_is_over_the_limit_at_the_twenty_first()
    {
        var (article, diagnostics) = Read("also_read: [" + string.Join(", ", Enumerable.Range(1, 25).Select(i => "p" + i)) + "]\n");
        article!.AlsoRead.ShouldBeEmpty();
        var error = diagnostics.ShouldHaveSingleItem();
        error.Code.ShouldBe(DiagnosticCodes.OverLimit);
        error.Message.ShouldContain("the limit is 20");
    }

    [Fact]
    public void Also_read_with_unknown_slug_is_an_error_with_did_you_mean()
    {
        Check(Config, Post("a", alsoRead: "amazon-dael"), Post("amazon-deal")).ShouldBe([
            "content/posts/a.md:10:5: error GEN038: 'also_read': no post has the slug 'amazon-dael' (did you mean 'amazon-deal'?); "
            + "list posts by slug, the last part of their URL (/posts/<slug>/)"]);
    }

    [Fact]
    public void Also_read_naming_a_post_of_another_language_is_an_error_that_names_the_language()
    {
        var errors = Check(TwoLanguages, Post("a", "zh", alsoRead: "chips"), Post("chips", "en"), Post("chips-zh", "zh"));
        errors.ShouldHaveSingleItem().ShouldBe("content/posts/a.md:10:5: error GEN038: 'also_read': no 'zh' post has the slug 'chips'; "
            + "'chips' is a post in 'en', and 'also_read' names posts of the post's own language ('zh'); list posts by slug, the last part of their URL (/posts/<slug>/)");
    }

    [Fact]
    public void Also_read_naming_the_post_itself_is_an_error()
    {
        Check(Config, Post("a", alsoRead: "a")).ShouldHaveSingleItem()
            .ShouldBe("content/posts/a.md:10:5: error GEN038: 'also_read' names this post itself ('a'); list other posts");
    }

    [Fact]
    public void A_slug_listed_twice_is_a_warning_at_the_repeat()
    {
        Check(Config, Post("a", alsoRead: ["b", "b"]), Post("b")).ShouldHaveSingleItem()
            .ShouldBe("content/posts/a.md:11:5: warning GEN038: 'also_read' lists 'b' twice; it is shown once");
    }

    [Fact]
    public void A_draft_named_by_a_published_post_is_a_warning_but_a_scheduled_post_is_not()
    {
        var a = Post("a", alsoRead: ["draft", "later"]);
        var draft = Post("draft", draft: true);
        var later = Post("later", day: 30);
        var diagnostics = new DiagnosticBag();
        AlsoReadRules.CheckPublished([a, draft, later], [a], diagnostics);
        diagnostics.All.Select(d => d.ToString()).ShouldBe([
            "content/posts/a.md:10:5: warning GEN038: 'also_read' names 'draft', a draft: it is left out of the list until it is published"]);

        var withDrafts = new DiagnosticBag();
        AlsoReadRules.CheckPublished([a, draft, later], [a, draft], withDrafts);
        withDrafts.All.ShouldBeEmpty("a build that shows drafts shows it in the list too");
    }

    [Fact]
    public void Entries_naming_posts_of_the_language_are_fine_whatever_their_state()
    {
        Check(TwoLanguages, Post("a", "zh", alsoRead: ["b", "c"]), Post("b", "zh", draft: true), Post("c", "zh", day: 30)).ShouldBeEmpty();
    }
}
