using Generator.Tests.Support;

namespace Generator.Tests.Cli;

public class BuildCommandTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var run = CliRun.Of(args);
        return (run.ExitCode, run.Out, run.Error);
    }

    [Fact]
    public void Successful_build_prints_a_one_line_summary_and_exits_0()
    {
        using var site = new TestSite();
        site.Post("2026-04-01-a.md", "A");
        var (exit, output, error) = Run("build", "--source", site.Root);
        exit.ShouldBe(0);
        error.ShouldBeEmpty();
        output.Trim().ShouldMatch(@"^Built \d+ pages and \d+ other files in \d+ ms → .*_site$");
        File.Exists(Path.Combine(site.Output, "posts/a/index.html")).ShouldBeTrue();
    }

    [Fact]
    public void Content_errors_print_diagnostics_without_a_stack_trace_and_exit_1()
    {
        using var site = new TestSite();
        site.Post("2026-04-01-a.md", "A", author: "nobody");
        var (exit, _, error) = Run("build", "--source", site.Root);
        exit.ShouldBe(1);
        error.ShouldContain("content/posts/2026-04-01-a.md:4:9: error GEN008: unknown author 'nobody'");
        error.ShouldContain("Build failed: 1 error(s)");
        error.ShouldNotContain("   at ");
    }

    [Fact]
    public void Unknown_option_is_a_usage_error_with_exit_2()
    {
        var (exit, _, error) = Run("build", "--draft");
        exit.ShouldBe(2);
        error.ShouldContain("--draft");
    }

    [Fact]
    public void Output_option_writes_where_asked()
    {
        using var site = new TestSite();
        site.Post("2026-04-01-a.md", "A");
        var output = Path.Combine(site.Root, "public");
        Run("build", "--source", site.Root, "--output", output).Exit.ShouldBe(0);
        File.Exists(Path.Combine(output, "index.html")).ShouldBeTrue();
    }

    [Theory]
    [InlineData(".")]
    [InlineData("content/out")]
    [InlineData("..")]
    public void Output_folder_that_holds_the_sources_is_refused(string relative)
    {
        using var site = new TestSite();
        site.Post("2026-04-01-a.md", "A");
        var (exit, _, error) = Run("build", "--source", site.Root, "--output", Path.Combine(site.Root, relative));
        exit.ShouldBe(2);
        error.ShouldStartWith("error: --output");
        File.Exists(Path.Combine(site.Root, "site.yml")).ShouldBeTrue();
    }

    [Fact]
    public void Help_lists_every_build_option()
    {
        var (exit, output, _) = Run("build", "--help");
        exit.ShouldBe(0);
        foreach (var option in new[] { "--source", "--output", "--base-url", "--drafts", "--future" }) output.ShouldContain(option);
    }
}
