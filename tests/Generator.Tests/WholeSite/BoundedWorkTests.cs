using System.Text;
using Generator.Tests.Support;

namespace Generator.Tests.WholeSite;

/// <summary>
/// Inputs well under the file size limit that ran for minutes or took gigabytes (issue 20, section 2) end, for build
/// and check, in one error at the place the limit was passed. Markdown bodies have unit tests of their own
/// (<c>Markdown/MarkdownLimitsTests</c>); here they go through the whole site, at file positions.
/// </summary>
public class BoundedWorkTests
{
    private static string Repeat(string text, int times) => new StringBuilder(text.Length * times).Insert(0, text, times).ToString();

    [Fact]
    public void Hostile_markdown_bodies_are_errors_at_their_file_position_for_build_and_check()
    {
        using var site = new TestSite();
        site.Post("2026-04-01-links.md", "Links", body: Repeat("[a](", 128_000))
            .Post("2026-04-02-headings.md", "Headings", body: Repeat("## h\n", 80_000))
            .Post("2026-04-03-list.md", "List", body: string.Concat(Enumerable.Range(0, 3_000).Select(i => new string(' ', 2 * i) + "- x\n")))
            .Post("2026-04-04-references.md", "References", body: string.Concat(Enumerable.Range(0, 300_000).Select(i => $"[a{i}]: /x{i}\n")))
            .Post("2026-04-05-table.md", "Table", body: "|" + Repeat("a|", 20_000) + "\n|" + Repeat("-|", 20_000) + "\n")
            .Post("2026-04-06-lines.md", "Lines", body: Repeat("ab\n", 3_000_000))
            .Post("2026-04-07-footnotes.md", "Footnotes", body: string.Concat(Enumerable.Range(0, 200_000).Select(i => $"[^{i}]: n\n")))
            .Post("2026-04-08-entities.md", "Entities", body: Repeat("&#", 4_700_000));
        string[] expected =
        [
            "content/posts/2026-04-01-links.md:6:5: error GEN037: this link's address runs on for more than 2,048 characters without a space or a closing ')'",
            "content/posts/2026-04-02-headings.md:1006:1: error GEN037: more than 1,000 headings in this body",
            "content/posts/2026-04-03-list.md:106:201: error GEN025: lists, quotes or containers are nested 101 levels deep here; the limit is 100",
            "content/posts/2026-04-04-references.md:106:1: error GEN037: more than 100 link reference definitions ([name]: url) in this body",
            "content/posts/2026-04-05-table.md:6:203: error GEN037: more than 100 table columns in this row",
            "content/posts/2026-04-06-lines.md:200006:1: error GEN037: this body has more than 200,000 lines",
            "content/posts/2026-04-07-footnotes.md:506:1: error GEN037: more than 500 footnotes are defined in this body",
            "content/posts/2026-04-08-entities.md:6:200001: error GEN037: more than 100,000 inline elements (links, emphasis, entities, HTML tags, table cells, lines of paragraphs) in this body",
        ];
        TestSite.Errors(site.BuildWithin(60)).ShouldBe(expected);
        site.CheckWithin(60).Diagnostics.Select(d => d.ToString()).Where(d => d.Contains(" error ")).ShouldBe(expected);
    }

    private const string BillionLaughs = """
        params:
          a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]
          b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
          c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]
          d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]
          e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]
          f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]
          g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f, *f]
          h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g, *g]
          i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h, *h]
        """;

    [Fact]
    public void A_billion_laughs_in_params_is_an_error_at_the_alias_that_passes_the_limit()
    {
        using var site = new TestSite();
        site.Post("2026-04-01-a.md", "A", extra: BillionLaughs);
        TestSite.Errors(site.BuildWithin()).ShouldBe([
            "content/posts/2026-04-01-a.md:9:38: error GEN037: aliases (*name) in this file repeat more than 10,000 values; write the values out, or repeat less",
        ]);
    }

    [Fact]
    public void An_alias_inside_its_own_anchor_is_an_error_in_params_and_in_site_yml()
    {
        using var site = new TestSite(TestSite.DefaultConfig + "\nparams:\n  loop: &l {next: *l}\n");
        site.Post("2026-04-01-a.md", "A", extra: "params:\n  a: &a [1, *a]");
        TestSite.Errors(site.BuildWithin()).ShouldBe([
            "content/posts/2026-04-01-a.md:6:13: error GEN037: the alias *a is inside the value &a names, so it would repeat itself forever",
            "site.yml:16:19: error GEN037: the alias *l is inside the value &l names, so it would repeat itself forever",
        ]);
    }

    [Fact]
    public void Aliases_that_repeat_a_few_values_still_work()
    {
        using var site = new TestSite();
        site.Post("2026-04-01-a.md", "A", extra: "params:\n  base: &base {colour: red, size: 2}\n  copy: *base\n  list: [*base, *base]");
        site.BuildWithin().Succeeded.ShouldBeTrue();
    }

    [Fact]
    public void A_title_of_a_hundred_thousand_characters_is_an_error_at_the_title()
    {
        using var site = new TestSite();
        site.Post("2026-04-01-a.md", new string('W', 100_000)).Write("content/pages/about.md", $"---\ntitle: {new string('x', 1_001)}\n---\nAbout.\n");
        TestSite.Errors(site.BuildWithin()).ShouldBe([
            "content/pages/about.md:2:8: error GEN037: the title is 1,001 characters long; the limit is 1,000 (put the rest in 'summary')",
            "content/posts/2026-04-01-a.md:2:8: error GEN037: the title is 100,000 characters long; the limit is 1,000 (put the rest in 'summary')",
        ]);
    }

    [Fact]
    public void Three_thousand_tags_on_one_post_are_an_error_at_the_first_tag_past_the_limit()
    {
        using var site = new TestSite();
        var tags = string.Join(", ", Enumerable.Range(1, 3_000).Select(i => $"t{i}"));
        site.Post("2026-04-01-a.md", "A", extra: $"tags: [{tags}]");
        TestSite.Errors(site.BuildWithin()).ShouldBe([
            "content/posts/2026-04-01-a.md:5:500: error GEN029: post has 3,000 tags; the limit is 100 (every tag is a page and a feed that lists the post with all of its tags)",
        ]);
    }

    [Fact]
    public void A_hundred_tags_on_one_post_still_build_with_a_warning()
    {
        using var site = new TestSite();
        site.Post("2026-04-01-a.md", "A", extra: $"tags: [{string.Join(", ", Enumerable.Range(1, 100).Select(i => $"t{i}"))}]");
        var result = site.BuildWithin();
        result.Succeeded.ShouldBeTrue();
        result.Diagnostics.ShouldHaveSingleItem().Code.ShouldBe("GEN029");
    }
}
