using System.Collections.Concurrent;
using Generator.Serve;
using Generator.Tests.Support;

namespace Generator.Tests.WholeSite;

/// <summary>
/// File names that hold a terminal's escape sequences (ESC ]0;…BEL retitles the window, ESC [2J clears it) or a line
/// break followed by a GitHub Actions workflow command are printed escaped by build, check and serve alike.
/// </summary>
public class HostileNameOutputTests
{
    private static readonly string[] Names = ["a\u001B]0;pwned\u0007b", "c\u001B[2Jd", "e\n::error file=x.md::boom"];
    private static readonly string[] Shown = ["a\\x1B]0;pwned\\x07b", "c\\x1B[2Jd", "e\\n::error file=x.md::boom"];

    [Fact]
    public void Build_and_check_print_the_names_of_broken_posts_escaped()
    {
        using var site = new TestSite();
        foreach (var name in Names) site.Write($"content/posts/{name}.md", "---\ntitle: \"No date\"\nauthor: ana\n---\nBody.\n");

        foreach (var command in new[] { "build", "check" })
        {
            var run = CliRun.Of(command, "--source", site.Root);
            run.ExitCode.ShouldBe(1, run.All);
            ShouldBeSafe(run.All);
            foreach (var shown in Shown) run.Error.ShouldContain($"content/posts/{shown}.md:2:1: error GEN004: missing required key 'date'");
        }
    }

    [Fact]
    public void A_message_that_quotes_such_a_name_escapes_it_too()
    {
        using var site = new TestSite();
        site.Post("2026-04-01-one.md", "One");
        foreach (var name in Names) site.Link($"content/files/{name}.txt", "/etc/hostname"); // links out of the site: GEN021

        var run = CliRun.Of("build", "--source", site.Root);

        run.ExitCode.ShouldBe(1, run.All);
        ShouldBeSafe(run.All);
        foreach (var shown in Shown)
            run.Error.ShouldContain($"content/files/{shown}.txt:1:1: error GEN021: 'content/files/{shown}.txt' is a link to '/etc/hostname', outside the site root");
    }

    [Fact]
    public async Task Serve_names_a_changed_file_escaped()
    {
        using var site = new FixtureSite();
        var terminal = new StringWriter();
        await using var server = await DevServer.StartAsync(new ServeOptions(site.Root, Port: 0) { QuietPeriodMilliseconds = 50 },
            new ServeReporter(TextWriter.Synchronized(terminal)));
        var outcomes = new BlockingCollection<RebuildOutcome>();
        server.Rebuilt += outcomes.Add;

        site.Write($"content/posts/{Names[2]}.md", "---\ntitle: \"No date\"\nauthor: ada\n---\nBody.\n");

        outcomes.TryTake(out _, TimeSpan.FromSeconds(30)).ShouldBeTrue();
        var printed = terminal.ToString();
        ShouldBeSafe(printed);
        printed.ShouldContain($"content/posts/{Shown[2]}.md:2:1: error GEN004");
        printed.ShouldContain($"Build failed after changing content/posts/{Shown[2]}.md");
    }

    /// <summary>No escape character, no bell, and no line a CI runner would take for a workflow command.</summary>
    private static void ShouldBeSafe(string printed)
    {
        printed.ShouldNotContain('\u001B');
        printed.ShouldNotContain('\u0007');
        printed.Split('\n').ShouldAllBe(line => !line.TrimStart().StartsWith("::"));
    }
}
