using Generator.Cli;
using Generator.Tests.Support;

namespace Generator.Tests.Cli;

public class ProgramTests
{
    [Fact]
    public void A_misspelt_command_suggests_the_closest_one()
    {
        var run = CliRun.Of("buidl");
        run.ExitCode.ShouldBe(ExitCodes.Usage);
        run.All.ShouldContain("'buidl' was not matched. Did you mean one of the following?\nbuild");
    }

    [Theory]
    [InlineData("build", "--draft", "--drafts")]
    [InlineData("check", "--strcit", "--strict")]
    [InlineData("serve", "--prot", "--port")]
    public void A_misspelt_option_suggests_the_closest_one(string command, string typo, string expected)
    {
        var run = CliRun.Of(command, typo);
        run.ExitCode.ShouldBe(ExitCodes.Usage);
        run.All.ShouldContain($"'{typo}' was not matched. Did you mean one of the following?\n{expected}");
    }

    [Fact]
    public void Version_prints_the_package_version()
    {
        var run = CliRun.Of("--version");
        run.ExitCode.ShouldBe(0);
        run.Out.Trim().ShouldMatch(@"^\d+\.\d+\.\d+$");
    }

    [Fact]
    public void Help_lists_every_command()
    {
        var run = CliRun.Of("--help");
        foreach (var command in new[] { "new", "serve", "check", "build" }) run.Out.ShouldContain($"  {command} ");
    }

    [Fact]
    public void Help_and_usage_errors_name_the_tool_newsgen()
    {
        CliRun.Of("--help").Out.ShouldContain("Usage:\n  newsgen [command] [options]");
        CliRun.Of("new", "--help").Out.ShouldContain("Usage:\n  newsgen new [command] [options]");
        var missing = CliRun.Of("new", "post");
        missing.ExitCode.ShouldBe(ExitCodes.Usage);
        missing.All.ShouldContain("newsgen new post <title> [options]");
        missing.All.ShouldNotContain("Generator");
        missing.All.ShouldNotContain("testhost");
    }

    [Fact]
    public void Build_prints_its_one_line_summary_when_output_is_not_a_terminal()
    {
        using var site = new FixtureSite();
        var run = CliRun.Of("build", "--source", site.Root);
        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldMatch(@"^Built \d+ pages and \d+ other files in \d+ ms → .+\n$");
        run.Error.ShouldBeEmpty();
    }

    [Fact]
    public void Quiet_build_prints_nothing_when_all_is_well_and_verbose_lists_every_file()
    {
        using var site = new FixtureSite();
        CliRun.Of("build", "--source", site.Root, "--quiet").All.ShouldBeEmpty();
        var verbose = CliRun.Of("--verbose", "build", "--source", site.Root);
        verbose.Out.ShouldContain("  posts/second/index.html\n");
        verbose.Out.ShouldContain("Built ");
    }

    [Fact]
    public void Quiet_build_still_prints_errors()
    {
        using var site = new FixtureSite();
        site.Write("content/posts/2026-01-05-bad.md", "---\ntitle: Bad\ndate: 2026-01-05\nauthor: nobody\n---\nText\n");
        var run = CliRun.Of("build", "--source", site.Root, "-q");
        run.ExitCode.ShouldBe(ExitCodes.ContentErrors);
        run.Error.ShouldContain("error GEN008: unknown author 'nobody'");
    }

    [Fact]
    public void Serve_refuses_a_host_that_is_not_an_address()
    {
        var run = CliRun.Of("serve", "--host", "example.com");
        run.ExitCode.ShouldBe(ExitCodes.Usage);
        run.All.ShouldContain("is not an IP address");
    }

    [Fact]
    public void An_unexpected_failure_is_one_error_line_not_a_stack_trace()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var parent = Directory.CreateTempSubdirectory("newsgen-init-").FullName;
        try
        {
            var exit = Program.Run(["init", "blog"], CliConsole.Plain(output, error), new BrokenClock(), parent);

            exit.ShouldBe(ExitCodes.ContentErrors);
            error.ToString().ShouldBe("error: the command failed unexpectedly (InvalidOperationException: the clock is broken); "
                + "please report this with the input that caused it\n");
            output.ToString().ShouldBeEmpty();
        }
        finally
        {
            Directory.Delete(parent, recursive: true);
        }
    }

    /// <summary>A fault no input can cause: init asks the clock for today's date before it writes anything.</summary>
    private sealed class BrokenClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => throw new InvalidOperationException("the clock is broken");
    }
}
