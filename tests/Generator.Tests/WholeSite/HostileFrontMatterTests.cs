using System.Text;
using Generator.Tests.Support;

namespace Generator.Tests.WholeSite;

/// <summary>Front-matter values that used to crash the build, overwrite pages or build something confusing.</summary>
public class HostileFrontMatterTests
{
    [Fact]
    public void Control_characters_are_errors_at_their_position_in_body_front_matter_and_yaml_escapes()
    {
        using var site = new TestSite();
        site.Post("2026-04-01-body.md", "Body", body: "Line one.\nTwo \u0001 here.")
            .Post("2026-04-02-front.md", "Fr\u000Bont")
            .Post("2026-04-03-escape.md", "Escape", extra: "summary: \"bell \\x07\"")
            .Write("site.yml", TestSite.DefaultConfig.Replace("A test site.", "A test\uFFFF site."));
        var errors = TestSite.Errors(site.BuildWithin()).ToList();
        errors.ShouldBe([
            "content/posts/2026-04-01-body.md:7:5: error GEN024: the control character U+0001 cannot appear in a web page or feed; delete it (it is often pasted in invisibly)",
            "content/posts/2026-04-02-front.md:2:11: error GEN024: the control character U+000B cannot appear in a web page or feed; delete it (it is often pasted in invisibly)",
            "content/posts/2026-04-03-escape.md:5:10: error GEN024: the control character U+0007 cannot appear in a web page or feed; delete it (it is often pasted in invisibly)",
            "site.yml:2:21: error GEN024: the control character U+FFFF cannot appear in a web page or feed; delete it (it is often pasted in invisibly)",
        ]);
        site.Check().Errors.ShouldBe(4);
    }

    [Fact]
    public void A_lone_surrogate_escape_is_reported_as_such_in_front_matter_and_site_yml_and_by_check()
    {
        using var site = new TestSite();
        site.Post("2026-04-01-a.md", "A", extra: "summary: \"half of 😀: \\uD83D\"")
            .Post("2026-04-02-b.md", "B", extra: "summary: \"\\uD83D\\u0041\"")
            .Write("site.yml", TestSite.DefaultConfig.Replace("\"A test site.\"", "\"A test \\uDE00 site.\""));
        var errors = TestSite.Errors(site.BuildWithin()).ToList();
        errors.ShouldBe([
            "content/posts/2026-04-01-a.md:5:23: error GEN003: malformed YAML: '\\uD83D' is the first half of a UTF-16 surrogate pair without its other half, so it is no character; write the character itself, or its code point as \\U and eight hex digits (\\U0001F600 for 😀)",
            "content/posts/2026-04-02-b.md:5:11: error GEN003: malformed YAML: '\\uD83D' is the first half of a UTF-16 surrogate pair without its other half, so it is no character; write the character itself, or its code point as \\U and eight hex digits (\\U0001F600 for 😀)",
            "site.yml:2:22: error GEN003: malformed YAML: '\\uDE00' is the second half of a UTF-16 surrogate pair without its other half, so it is no character; write the character itself, or its code point as \\U and eight hex digits (\\U0001F600 for 😀)",
        ]);
        site.Check().Errors.ShouldBe(3);
    }

    [Fact]
    public void Yaml_nested_twenty_thousand_deep_is_an_error_not_a_stack_overflow()
    {
        using var site = new TestSite();
        var deep = string.Concat(Enumerable.Repeat("{a: ", 20_000)) + "1" + new string('}', 20_000);
        site.Post("2026-04-01-a.md", "A", extra: "x: " + deep).Write("site.yml", TestSite.DefaultConfig + "\nx: " + string.Concat(Enumerable.Repeat("[", 20_000)));
        var errors = TestSite.Errors(site.BuildWithin()).ToList();
        errors.ShouldContain("content/posts/2026-04-01-a.md:5:256: error GEN025: lists and mappings are nested more than 64 levels deep");
        errors.ShouldContain(e => e.StartsWith("site.yml:") && e.Contains("error GEN025:"));
    }

    [Fact]
    public void Null_and_empty_values_are_missing_and_a_string_for_a_list_gets_a_hint()
    {
        using var site = new TestSite();
        site.Write("content/posts/2026-04-01-a.md", "---\ntitle: ~\ndate: 2026-04-01\nauthor: ana\nslug: null\n---\n")
            .Write("content/posts/2026-04-02-b.md", "---\ntitle: \"\"\ndate: 2026-04-02\nauthor: ana\n---\n")
            .Post("2026-04-03-c.md", "C", extra: "tags: \"AI, Chips\"")
            .Post("2026-04-04-d.md", "D", extra: "tags: [AI, null]\ncategory: ~")
            .Write("content/glossary/x.md", "---\nterm: \"\"\nshort: A thing.\n---\n");
        TestSite.Errors(site.BuildWithin()).ShouldBe([
            "content/glossary/x.md:2:7: error GEN004: 'term' must not be empty",
            "content/posts/2026-04-01-a.md:2:1: error GEN004: missing required key 'title'",
            "content/posts/2026-04-02-b.md:2:8: error GEN004: 'title' must not be empty",
            "content/posts/2026-04-03-c.md:5:7: error GEN006: 'tags' must be a list, not a single string: write tags: [\"AI\", \"Chips\"]",
            "content/posts/2026-04-04-d.md:5:12: error GEN006: each entry of 'tags' must be a non-empty string",
        ]);
    }

    [Fact]
    public void Precomposed_and_decomposed_names_are_one_tag()
    {
        using var site = new TestSite();
        site.Post("2026-04-01-a.md", "A", extra: "tags: [\"Caf\u00e9\"]").Post("2026-04-02-b.md", "B", extra: "tags: [\"Cafe\u0301\"]");
        var result = site.Build();
        result.Succeeded.ShouldBeTrue();
        result.Paths.Count(p => p.StartsWith("tags/caf", StringComparison.Ordinal) && p.EndsWith("index.html", StringComparison.Ordinal)).ShouldBe(1);
        site.ReadOutput("posts/b/index.html").ShouldContain("Caf\u00e9</a>");
    }

    [Fact]
    public void Site_yml_ids_are_checked_like_slugs_at_their_line()
    {
        using var site = new TestSite(TestSite.DefaultConfig.Replace("id: tech", "id: ../posts/hello").Replace("id: ben", "id: ../../etc"));
        site.Post("2026-04-01-hello.md", "Hello");
        var errors = TestSite.Errors(site.BuildWithin()).ToList();
        errors.ShouldContain("site.yml:5:9: error GEN011: category id '../posts/hello' must be a single URL segment: no '/', '\\', '..', spaces or leading '.'");
        errors.ShouldContain("site.yml:13:9: error GEN011: author id '../../etc' must be a single URL segment: no '/', '\\', '..', spaces or leading '.'");
        errors.Count.ShouldBe(2);
    }

    [Fact]
    public void Names_too_long_for_the_file_system_are_errors_at_their_line_for_build_and_check()
    {
        var longName = new string('x', 300);
        using var site = new TestSite(TestSite.DefaultConfig.Replace("id: ana", "id: " + longName));
        site.Post("2026-04-01-a.md", "A", author: "ben", extra: $"slug: {longName}\ntags: [ok, \"{longName}\"]");
        var expected = new[]
        {
            "content/posts/2026-04-01-a.md:5:7: error GEN026: slug 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…' makes a URL segment of 300 bytes; the limit is 200: shorten it",
            "content/posts/2026-04-01-a.md:6:12: error GEN026: tag 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…' makes a URL segment of 300 bytes; the limit is 200: shorten it",
            "site.yml:10:9: error GEN026: author id 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…' makes a URL segment of 300 bytes; the limit is 200: shorten it",
        };
        TestSite.Errors(site.BuildWithin()).ShouldBe(expected, ignoreOrder: true);
        site.Check().Diagnostics.Where(d => d.Code == "GEN026").Count().ShouldBe(3);
    }

    [Fact]
    public void Thousands_of_tags_warn_and_cards_show_only_the_first_few()
    {
        using var site = new TestSite();
        var tags = string.Join(", ", Enumerable.Range(1, 40).Select(i => $"\"T{i}\""));
        site.Post("2026-04-01-a.md", "A", extra: $"tags: [{tags}]");
        var result = site.BuildWithin();
        result.Succeeded.ShouldBeTrue();
        result.Diagnostics.ShouldHaveSingleItem().ToString()
            .ShouldBe("content/posts/2026-04-01-a.md:5:7: warning GEN029: post has 40 tags; more than 30 is hard to read and adds a page per tag (cards show the first 8)");
        CountTagLinks(site.ReadOutput("tags/t1/index.html")).ShouldBe(8);
        CountTagLinks(site.ReadOutput("posts/a/index.html")).ShouldBeGreaterThanOrEqualTo(40);
    }

    [Fact]
    public void Code_running_urls_in_front_matter_are_errors()
    {
        using var site = new TestSite(TestSite.DefaultConfig + "\nnewsletter:\n  text: Hi\n  url: \" JavaScript:alert(1)\"\n");
        site.Post("2026-04-01-a.md", "A", extra: "image:\n  src: \"data:image/svg+xml,<svg onload=alert(1)>\"\n  alt: x\nsources:\n  - title: S\n    url: \"vbscript:msgbox\"");
        var errors = TestSite.Errors(site.BuildWithin()).ToList();
        errors.ShouldContain(e => e.StartsWith("content/posts/2026-04-01-a.md:6:8: error GEN028: 'src': 'data:image/svg+xml"));
        errors.ShouldContain(e => e.StartsWith("content/posts/2026-04-01-a.md:10:10: error GEN028: 'url': 'vbscript:msgbox' is not allowed"));
        errors.ShouldContain(e => e.StartsWith("site.yml:17:8: error GEN028: 'url': 'JavaScript:alert(1)' is not allowed"), string.Join("\n", errors));
        errors.Count.ShouldBe(3, string.Join("\n", errors));
    }

    private static int CountTagLinks(string html) => html.Split("class=\"tag\"").Length - 1;
}
