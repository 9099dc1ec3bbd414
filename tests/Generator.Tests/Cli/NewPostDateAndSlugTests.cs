using Generator.Cli;
using Generator.Tests.Support;

namespace Generator.Tests.Cli;

/// <summary><c>new post --date</c> and <c>--slug</c>: porting an article written elsewhere keeps its date and URL.</summary>
public sealed class NewPostDateAndSlugTests : IDisposable
{
    private readonly FixtureSite site = new();

    public void Dispose() => site.Dispose();

    [Fact]
    public void New_post_with_a_date_and_a_slug_is_named_and_dated_by_them_and_builds_at_that_url()
    {
        var run = CliRun.Of("new", "post", "Why GPUs ran short in 2025", "--date", "2025-03-02", "--slug", "gpu-shortage", "--source", site.Root);

        run.ExitCode.ShouldBe(0, run.All);
        const string path = "content/posts/2025-03-02-gpu-shortage.md";
        run.Out.ShouldContain($"Created {path}");
        site.Read(path).ShouldContain("\ndate: 2025-03-02\n");
        var build = SiteBuild.InMemory(site.BuildOptions(drafts: true));
        build.Succeeded.ShouldBeTrue(string.Join("\n", build.Diagnostics));
        build.Diagnostics.ShouldBeEmpty();
        build.Files.Single(f => f.Path == "posts/gpu-shortage/index.html").Content.ShouldContain("datetime=\"2025-03-02");
    }

    [Fact]
    public void A_date_alone_names_the_file_by_that_date_and_the_title()
    {
        var run = CliRun.Of("new", "post", "An older piece", "--date", "2024-12-31", "--source", site.Root);
        run.ExitCode.ShouldBe(0, run.All);
        site.Read("content/posts/2024-12-31-an-older-piece.md").ShouldContain("\ndate: 2024-12-31\n");
    }

    [Theory]
    [InlineData("2025-3-2")]
    [InlineData("2025-02-30")]
    [InlineData("02/03/2025")]
    [InlineData("yesterday")]
    public void A_date_that_is_not_yyyy_mm_dd_is_refused_with_the_format(string date)
    {
        var run = CliRun.Of("new", "post", "A title", "--date", date, "--source", site.Root);
        run.ExitCode.ShouldBe(ExitCodes.Usage);
        run.Error.ShouldBe($"error: --date '{date}' is not a date: write it as YYYY-MM-DD, e.g. 2025-03-02\n");
        Directory.GetFiles(site.PathOf("content/posts")).Length.ShouldBe(3);
    }

    [Fact]
    public void A_slug_that_is_not_one_is_refused_with_the_slug_to_use_together_with_every_other_bad_option()
    {
        var run = CliRun.Of("new", "post", "A title", "--slug", "GPU Shortage", "--date", "March 2", "--category", "modles", "--source", site.Root);
        run.ExitCode.ShouldBe(ExitCodes.Usage);
        run.Error.ShouldContain("error: --slug 'GPU Shortage' must be lower case, with '-' between words: use 'gpu-shortage'");
        run.Error.ShouldContain("error: --date 'March 2' is not a date");
        run.Error.ShouldContain("error: unknown category 'modles'");
        Directory.GetFiles(site.PathOf("content/posts")).Length.ShouldBe(3);
    }

    [Fact]
    public void A_slug_another_post_has_is_refused()
    {
        var run = CliRun.Of("new", "post", "Something else", "--slug", "second", "--source", site.Root);
        run.ExitCode.ShouldBe(ExitCodes.ContentErrors);
        run.Error.ShouldContain("content/posts/2026-01-02-second.md already has the slug 'second'; choose a different title or --slug");
    }

    [Fact]
    public void A_title_without_letters_gets_its_url_from_the_slug()
    {
        var run = CliRun.Of("new", "post", "?!", "--slug", "question-marks", "--source", site.Root);
        run.ExitCode.ShouldBe(0, run.All);
        site.Read("content/posts/2026-05-04-question-marks.md").ShouldContain("title: \"?!\"");
    }
}
