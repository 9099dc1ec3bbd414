using Generator.Content;
using Generator.Tests.Support;

namespace Generator.Tests.WholeSite;

/// <summary>Messages that used to describe another problem than the one the input has.</summary>
public class TruthfulMessageTests
{
    [Fact]
    public void A_folder_chain_deeper_than_the_system_allows_is_named_as_too_long_not_as_a_missing_link_target()
    {
        using var site = new TestSite();
        site.Post("2026-04-01-a.md", "A");
        try
        {
            // 25 plain folders of 200 letters each: content/… passes 4,096 bytes at the 20th or so. Made with bash, whose
            // cd goes on where the path is too long to name (.NET's and dash's stop there).
            site.Shell("bash -c 'd=$(printf %0200d 0 | tr 0 d); cd content && mkdir deep && cd deep && for i in $(seq 25); do mkdir $d && cd $d || exit 1; done; echo x > file.txt'");
            var errors = TestSite.Errors(site.BuildWithin()).ToList();
            var error = errors.ShouldHaveSingleItem();
            error.ShouldContain(": error GEN022: 'content/deep/ddd");
            error.ShouldMatch(@"cannot be read: its full path is 4,\d\d\d bytes long, more than the 4,095 the system allows; use shorter folder names or fewer levels of folders$");
            error.ShouldNotContain("link");
            site.Check().Diagnostics.ShouldContain(d => d.Code == DiagnosticCodes.UnreadableFile);
        }
        finally
        {
            site.Shell("rm -rf content/deep"); // rm works down the tree; .NET's recursive delete would need the long paths
        }
    }

    [Fact]
    public void A_refused_id_does_not_make_its_valid_siblings_unknown_keys_and_a_repeated_id_is_reported_where_it_is_repeated()
    {
        var longId = new string('a', 250);
        using var site = new TestSite($"""
            title: "T"
            base_url: "https://example.github.io/ai-news/"
            categories:
              - id: tech
                name: Tech
              - id: policy
                name: Policy
              - id: tech
                name: Tech again
                description: The same id twice
              - id: "two words"
                name: Two
                description: An id that is no URL segment
            authors:
              - id: {longId}
                name: Long
                bio: A bio
              - id: ana
                name: Ana
            """);
        site.Post("2026-04-01-a.md", "A");

        var diagnostics = site.BuildWithin().Diagnostics.Select(d => d.ToString()).ToList();

        diagnostics.ShouldBe([
            "site.yml:8:9: error GEN016: category id 'tech' is defined more than once (first at line 4); give each category its own id",
            "site.yml:11:9: error GEN011: category id 'two words' must be a single URL segment: no '/', '\\', '..', spaces or leading '.'",
            $"site.yml:15:9: error GEN026: {Slug.TooLongMessage("author id", longId)}",
        ]); // and no "unknown key 'name'", 'bio' or 'description' for the refused entries
        site.Check().Diagnostics.Select(d => d.ToString()).ShouldBe(diagnostics);
    }

    [Fact]
    public void A_refused_value_in_a_posts_image_sources_or_faq_does_not_make_its_siblings_unknown_keys()
    {
        using var site = new TestSite();
        site.Post("2026-04-01-a.md", "A", extra: """
            image: { src: "javascript:alert(1)", alt: "A chart" }
            sources:
              - url: https://example.com/report
                date: 2026-03-01
            faq:
              - a: An answer without its question
            """);

        var diagnostics = site.BuildWithin().Diagnostics;

        diagnostics.ShouldNotContain(d => d.Code == DiagnosticCodes.UnknownKey, string.Join("\n", diagnostics));
        diagnostics.Select(d => d.Code).ShouldBe([DiagnosticCodes.UnsafeUrl, DiagnosticCodes.MissingKey, DiagnosticCodes.MissingKey], ignoreOrder: true);
    }

    [Fact]
    public void A_page_whose_folder_is_where_the_build_writes_cname_is_a_collision_at_the_page_for_build_and_check()
    {
        using var site = new TestSite(TestSite.DefaultConfig.Replace("base_url: \"https://example.github.io/ai-news/\"",
            "base_url: \"https://news.example.com/\"\ncname: news.example.com"));
        site.Post("2026-04-01-a.md", "A")
            .Write("content/pages/domain.md", "---\ntitle: \"Our domain\"\nslug: CNAME\n---\nBody.\n")
            .Write("content/pages/follow.md", "---\ntitle: \"Follow\"\nslug: follow-index.json\n---\nBody.\n");

        var errors = TestSite.Errors(site.BuildWithin()).ToList();

        errors.ShouldBe([
            "content/pages/domain.md:1:1: error GEN027: the page /CNAME/ would be written into the folder 'CNAME/', where the build writes the generated file 'CNAME'; give the page another 'slug'",
            "content/pages/follow.md:1:1: error GEN027: the page /follow-index.json/ would be written into the folder 'follow-index.json/', where the build writes the generated file 'follow-index.json'; give the page another 'slug'",
        ]);
        Directory.Exists(site.Output).ShouldBeFalse();
        site.Check().Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.ToString()).ShouldBe(errors);
    }

    [Fact]
    public void A_page_with_the_slug_cname_builds_when_the_site_has_no_custom_domain()
    {
        using var site = new TestSite();
        site.Post("2026-04-01-a.md", "A").Write("content/pages/domain.md", "---\ntitle: \"Our domain\"\nslug: CNAME\n---\nBody.\n");
        TestSite.Errors(site.BuildWithin()).ShouldBeEmpty();
        File.Exists(Path.Combine(site.Output, "CNAME", "index.html")).ShouldBeTrue();
    }
}
