using Generator.Content;

namespace Generator.Tests.Content;

/// <summary>GEN010 and GEN033: a collision among many files is reported in bounded space, however many files share it.</summary>
public class ContentRulesTests
{
    private static IReadOnlyList<Diagnostic> Slugs(params (string Path, string Slug)[] items)
    {
        var diagnostics = new DiagnosticBag();
        ContentRules.CheckUniqueSlugs(items, "post", diagnostics);
        return diagnostics.All;
    }

    [Fact]
    public void Each_colliding_group_is_one_error_at_its_first_file()
    {
        Slugs(("c.md", "x"), ("a.md", "X"), ("b.md", "y"), ("d.md", "y"), ("e.md", "x"), ("f.md", "z")).Select(d => d.ToString()).ShouldBe([
            "a.md:1:1: error GEN010: post slug 'x' is also used by c.md, e.md; give all but one of them a different 'slug'",
            "b.md:1:1: error GEN010: post slug 'y' is also used by d.md; set a different 'slug' in one of them",
        ]);
    }

    [Fact]
    public void Past_five_files_the_rest_are_counted()
    {
        var items = Enumerable.Range(0, 7).Select(i => ($"{i}.md", "s")).ToArray();
        Slugs(items).ShouldHaveSingleItem().Message
            .ShouldBe("post slug 's' is also used by 6 other files: 1.md, 2.md, 3.md, 4.md, 5.md and 1 more; give all but one of them a different 'slug'");
    }

    /// <summary>Issue 24: one error per file, each naming the 9,999 others, would be about 2.4 GB; the message and the
    /// work stay small. Allocations are counted on this thread, where the rule runs; they are not timed.</summary>
    [Fact]
    public void Ten_thousand_files_with_one_slug_are_one_short_error_in_bounded_memory()
    {
        var items = Enumerable.Range(0, 10_000).Select(i => ($"content/posts/2026-01-01-post-{i:00000}.md", "same")).ToArray();
        var diagnostics = new DiagnosticBag();
        var allocated = GC.GetAllocatedBytesForCurrentThread();

        ContentRules.CheckUniqueSlugs(items, "post", diagnostics);

        (GC.GetAllocatedBytesForCurrentThread() - allocated).ShouldBeLessThan(4L * 1024 * 1024);
        var error = diagnostics.All.ShouldHaveSingleItem().ToString();
        error.ShouldEndWith("and 9,994 more; give all but one of them a different 'slug'");
        error.Length.ShouldBeLessThan(500);
    }

    [Fact]
    public void A_translation_key_claimed_by_many_files_is_reported_at_each_claim_with_a_bounded_list()
    {
        var items = Enumerable.Range(0, 3000).Select(i => ($"p{i:0000}.md", "en", "deal", (SourceLocation?)new SourceLocation($"p{i:0000}.md", 5, 18)));
        var diagnostics = new DiagnosticBag();

        ContentRules.CheckTranslationKeys(items, "post", diagnostics);

        diagnostics.All.Count.ShouldBe(3000);
        diagnostics.All[0].ToString().ShouldBe("p0000.md:5:18: error GEN033: translation_key 'deal' is also claimed by 2,999 other files: "
            + "p0001.md, p0002.md, p0003.md, p0004.md, p0005.md and 2,994 more in language 'en'; a translation key names one post per language");
        diagnostics.All.Max(d => d.Message.Length).ShouldBeLessThan(300);
    }
}
