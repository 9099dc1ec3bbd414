using Generator.Authoring;

namespace Generator.Tests.Authoring;

public class SiteYmlListTests
{
    private const string Site = """
        # Site settings: see the README.
        title: "Signal & Noise"   # shown in every page's header
        base_url: "https://example.github.io/ai-news/"
        categories:
          - id: tech-frontline
            name: Tech Frontline
        authors:
          # Staff writers first.
          - id: maya-chen
            name: Maya Chen
            bio: >
              Covers AI infrastructure
              and the cloud.

        # The call-to-action under every post.
        newsletter:
          url: "https://example.com/newsletter"

        """;

    private static string Add(string text, string list, params (string, string)[] fields)
    {
        var (result, problem) = SiteYmlList.Add(text, list, fields);
        problem.ShouldBeNull();
        return result!.Text;
    }

    [Fact]
    public void Entry_goes_after_the_lists_last_line_and_every_other_line_is_kept()
    {
        var (result, _) = SiteYmlList.Add(Site, "authors", [("id", "priya-raman"), ("name", "Priya Raman"), ("bio", "Writes about chips: old and new.")]);
        result!.Text.ShouldBe(Site.Replace("""
                  and the cloud.

            """, """
                  and the cloud.
              - id: priya-raman
                name: Priya Raman
                bio: "Writes about chips: old and new."

            """));
        result.Line.ShouldBe(14);
    }

    [Fact]
    public void Entry_follows_the_lists_own_indentation_style()
    {
        const string text = "title: T\ncategories:\n- id: a   # first\n  name: A\nauthors: []\n";
        Add(text, "categories", ("id", "policy-law"), ("name", "Policy & Law"))
            .ShouldBe("title: T\ncategories:\n- id: a   # first\n  name: A\n- id: policy-law\n  name: \"Policy & Law\"\nauthors: []\n");
    }

    [Fact]
    public void An_empty_list_is_filled_in_place()
    {
        Add("title: T\nauthors: []   # none yet\nlanguage: en\n", "authors", ("id", "ana"), ("name", "Ana"))
            .ShouldBe("title: T\nauthors:   # none yet\n  - id: ana\n    name: Ana\nlanguage: en\n");
        Add("title: T\nauthors:\nlanguage: en\n", "authors", ("id", "ana"), ("name", "Ana"))
            .ShouldBe("title: T\nauthors:\n  - id: ana\n    name: Ana\nlanguage: en\n");
    }

    [Fact]
    public void A_missing_list_is_a_new_block_at_the_end_indented_like_the_other_list()
    {
        Add("title: T\ncategories:\n    -   id: a\n        name: A\n# end", "authors", ("id", "ana"), ("name", "Ana"))
            .ShouldBe("title: T\ncategories:\n    -   id: a\n        name: A\n# end\nauthors:\n    -   id: ana\n        name: Ana\n");
        Add("title: T\n", "authors", ("id", "ana"), ("name", "Ana")).ShouldBe("title: T\nauthors:\n  - id: ana\n    name: Ana\n");
    }

    [Fact]
    public void A_list_written_inline_is_left_alone_with_the_lines_to_add_by_hand()
    {
        var (result, problem) = SiteYmlList.Add("authors: [{id: a, name: A}]\n", "authors", [("id", "b"), ("name", "B")]);
        result.ShouldBeNull();
        problem.ShouldBe("'authors' in site.yml is written in a form this command does not edit; add the entry by hand:\n  - id: b\n    name: B");
    }

    [Theory]
    [InlineData("Priya Raman", "Priya Raman")]
    [InlineData("Dr. O'Neil", "Dr. O'Neil")]
    [InlineData("Growth & Life", "\"Growth & Life\"")]
    [InlineData("yes", "\"yes\"")]
    [InlineData("2026", "\"2026\"")]
    [InlineData("Tech: the frontline", "\"Tech: the frontline\"")]
    [InlineData("#1 fan", "\"#1 fan\"")]
    public void Values_are_plain_only_when_yaml_reads_them_back_unchanged(string value, string written) =>
        SiteYmlList.Scalar(value).ShouldBe(written);
}
