using Generator.Check;
using Generator.Tests.Support;

namespace Generator.Tests.Check;

public sealed class PlaceholderCheckTests : IDisposable
{
    private readonly FixtureSite site = new();

    public void Dispose() => site.Dispose();

    private List<string> Placeholders(bool drafts = false) => SiteChecker.Run(site.BuildOptions(drafts)).Diagnostics
        .Where(d => d.Code == CheckCodes.Placeholder).Select(d => d.ToString()).ToList();

    [Fact]
    public void Placeholders_in_titles_summaries_definitions_and_bodies_are_warnings_at_their_line()
    {
        site.Write("content/posts/2026-01-04-unfinished.md", """
            ---
            title: "Chips: TBD"
            date: 2026-01-04
            author: ada
            summary: "TODO: one sentence"
            ---
            Intro.

            Lorem ipsum dolor sit amet.

            ```
            // TODO in a code sample is fine
            ```

            Use `TODO` in code spans freely; a TODOLIST is not a placeholder.
            """);
        site.Write("content/glossary/tpu.md", "---\nterm: \"TPU\"\nshort: \"TODO: explain TPU in one plain-language sentence.\"\n---\nTBD\n");
        site.Write("content/pages/about.md", "---\ntitle: About\ndescription: Who we are.\n---\nWe are lorem Ipsum people.\n");

        Placeholders().ShouldBe([
            "content/glossary/tpu.md:3:9: warning CHK012: placeholder 'TODO' left in 'short'; replace it before publishing",
            "content/glossary/tpu.md:5:1: warning CHK012: placeholder 'TBD' left in the text; replace it before publishing",
            "content/pages/about.md:5:8: warning CHK012: placeholder 'lorem Ipsum' left in the text; replace it before publishing",
            "content/posts/2026-01-04-unfinished.md:2:16: warning CHK012: placeholder 'TBD' left in 'title'; replace it before publishing",
            "content/posts/2026-01-04-unfinished.md:5:11: warning CHK012: placeholder 'TODO' left in 'summary'; replace it before publishing",
            "content/posts/2026-01-04-unfinished.md:9:1: warning CHK012: placeholder 'Lorem ipsum' left in the text; replace it before publishing",
        ]);
    }

    [Fact]
    public void A_draft_left_out_of_the_build_is_not_checked_for_placeholders()
    {
        site.Write("content/posts/2026-01-04-draft.md", "---\ntitle: Draft\ndate: 2026-01-04\nauthor: ada\ndraft: true\n---\nTODO\n");
        Placeholders().ShouldBeEmpty();
        Placeholders(drafts: true).ShouldHaveSingleItem().ShouldStartWith("content/posts/2026-01-04-draft.md:7:1: warning CHK012");
    }
}
