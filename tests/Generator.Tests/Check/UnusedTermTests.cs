using Generator.Check;
using Generator.Tests.Support;

namespace Generator.Tests.Check;

/// <summary>
/// CHK007 is about terms no post will ever link. A term that only a draft or a scheduled post uses is linked once that
/// post is published, so it is not reported, and <c>check --strict</c> does not fail the deployment meanwhile.
/// </summary>
public sealed class UnusedTermTests : IDisposable
{
    private readonly FixtureSite site = new();

    public UnusedTermTests()
    {
        site.Write("content/glossary/benchmark.md", "---\nterm: \"benchmark\"\nshort: \"A standard test.\"\n---\nA test every model takes.\n");
        site.Write("content/glossary/tokenizer.md", "---\nterm: \"tokenizer\"\nshort: \"What cuts text into tokens.\"\n---\nIt cuts text.\n");
        site.Write("content/glossary/distillation.md", "---\nterm: \"distillation\"\nshort: \"Training a small model on a big one.\"\n---\nSmall from big.\n");
        site.Write("content/glossary/sparsity.md", "---\nterm: \"sparsity\"\nshort: \"Most weights are zero.\"\n---\nMostly zeros.\n");
    }

    public void Dispose() => site.Dispose();

    [Fact]
    public void A_term_used_only_by_a_draft_a_scheduled_post_or_a_hand_link_in_a_draft_is_not_reported()
    {
        site.Write("content/posts/2026-01-06-draft.md", FixtureSite.Post("Draft", "2026-01-06", "ada", "models", "Chips",
            "Every new model is scored on a benchmark.", "draft: true"));
        site.Write("content/posts/2099-01-01-scheduled.md", FixtureSite.Post("Scheduled", "2099-01-01", "ada", "models", "Chips",
            "The tokenizer decides what a token is."));
        site.Write("content/posts/2026-01-07-linked-draft.md", FixtureSite.Post("Linked draft", "2026-01-07", "bo", "policy", "Rules",
            "Small models come [from big ones](/glossary/distillation/).", "draft: true\nglossary: false"));

        var unused = SiteChecker.Run(site.BuildOptions()).Diagnostics.Where(d => d.Code == CheckCodes.UnusedTerm).ToList();

        unused.Select(d => d.At.Path).ShouldBe(["content/glossary/sparsity.md"], "only the term nothing uses");
        unused.Single().Message.ShouldBe("no post uses the glossary term 'sparsity'; link it from a post or remove it");
    }

    [Fact]
    public void Check_strict_passes_when_the_only_unlinked_term_waits_for_a_draft()
    {
        site.Write("content/posts/2026-01-06-draft.md", FixtureSite.Post("Draft", "2026-01-06", "ada", "models", "Chips",
            "A benchmark, a tokenizer, distillation and sparsity, all explained.", "draft: true"));

        var strict = CliRun.Of("check", "--strict", "--source", site.Root);

        strict.ExitCode.ShouldBe(0, strict.All);
        strict.All.ShouldNotContain("CHK007");
    }

    [Fact]
    public void A_term_no_post_uses_is_still_reported_and_fails_check_strict()
    {
        var strict = CliRun.Of("check", "--strict", "--source", site.Root);

        strict.ExitCode.ShouldBe(1);
        strict.All.ShouldContain("content/glossary/sparsity.md:2:1: warning CHK007: no post uses the glossary term 'sparsity'");
        strict.All.ShouldContain("warning CHK007: no post uses the glossary term 'benchmark'");
    }
}
