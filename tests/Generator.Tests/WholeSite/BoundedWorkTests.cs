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
            "content/posts/2026-04-02-headings.md:1006:1: error GEN037: more than 1000 headings in this body",
            "content/posts/2026-04-03-list.md:106:201: error GEN025: lists, quotes or containers are nested 101 levels deep here; the limit is 100",
            "content/posts/2026-04-04-references.md:1006:1: error GEN037: more than 1000 link reference definitions ([name]: url) in this body",
            "content/posts/2026-04-05-table.md:6:201: error GEN037: more than 100 table columns in this row",
            "content/posts/2026-04-06-lines.md:200006:1: error GEN037: this body has more than 200,000 lines",
            "content/posts/2026-04-07-footnotes.md:1006:1: error GEN037: more than 1000 footnotes are defined in this body",
            "content/posts/2026-04-08-entities.md:6:200001: error GEN037: more than 100,000 inline elements (links, emphasis, entities, HTML tags, table cells, lines of paragraphs) in this body",
        ];
        TestSite.Errors(site.BuildWithin(60)).ShouldBe(expected);
        site.CheckWithin(60).Diagnostics.Select(d => d.ToString()).Where(d => d.Contains(" error ")).ShouldBe(expected);
    }
}
