using System.Text.Json;
using Generator.Cli;
using Generator.Tests.Support;

namespace Generator.Tests.Cli;

public sealed class CheckCommandTests : IDisposable
{
    private readonly FixtureSite site = new();

    public void Dispose() => site.Dispose();

    [Fact]
    public void A_clean_site_passes()
    {
        var run = CliRun.Of("check", "--source", site.Root);
        run.ExitCode.ShouldBe(0);
        run.Out.ShouldMatch(@"Checked \d+ pages: no problems found\.");
    }

    [Fact]
    public void Warnings_pass_unless_strict()
    {
        site.Write("content/posts/2026-01-04-bare.md", "---\ntitle: Bare\ndate: 2026-01-04\nauthor: ada\n---\nNo summary.\n");

        var run = CliRun.Of("check", "--source", site.Root);
        run.ExitCode.ShouldBe(0);
        run.Error.ShouldContain("content/posts/2026-01-04-bare.md:1:1: warning CHK005: post has no summary");
        CliRun.Of("check", "--source", site.Root, "--strict").ExitCode.ShouldBe(ExitCodes.ContentErrors);
    }

    [Fact]
    public void Json_output_is_valid_json_when_the_site_does_not_build()
    {
        site.Write("content/posts/2026-01-05-broken.md", "---\ntitle: [unclosed\n---\nBody\n");
        site.Write("templates/post.sbn-html", "{{ if post.title }}");

        var run = CliRun.Of("check", "--source", site.Root, "--format", "json");

        run.ExitCode.ShouldBe(ExitCodes.ContentErrors);
        var codes = JsonDocument.Parse(run.Out).RootElement.EnumerateArray().Select(e => e.GetProperty("code").GetString()).ToList();
        codes.ShouldContain("GEN003");
        codes.ShouldContain("GEN013");
    }

    [Fact]
    public void Errors_fail_and_json_output_is_an_array_of_objects()
    {
        site.Write("content/posts/2026-01-04-dead.md", FixtureSite.Post("Dead", "2026-01-04", "ada", "models", "Chips", "A [dead link](/posts/nope/)."));

        var run = CliRun.Of("check", "--source", site.Root, "--format", "json");

        run.ExitCode.ShouldBe(ExitCodes.ContentErrors);
        var items = JsonDocument.Parse(run.Out).RootElement;
        items.ValueKind.ShouldBe(JsonValueKind.Array);
        var item = items.EnumerateArray().Single();
        item.GetProperty("path").GetString().ShouldBe("content/posts/2026-01-04-dead.md");
        item.GetProperty("line").GetInt32().ShouldBe(10);
        item.GetProperty("column").GetInt32().ShouldBe(15);
        item.GetProperty("severity").GetString().ShouldBe("error");
        item.GetProperty("code").GetString().ShouldBe("CHK001");
        item.GetProperty("message").GetString()!.ShouldContain("/blog/posts/nope/");
    }

    [Fact]
    public void External_list_prints_one_url_per_line_on_stdout()
    {
        site.Write("content/posts/2026-01-04-links.md", FixtureSite.Post("Links", "2026-01-04", "ada", "models", "Chips",
            "Read [one](https://example.org/b) and [two](https://example.com/a?x=1), and [one again](https://example.org/b)."));

        var run = CliRun.Of("check", "--source", site.Root, "--external-list");

        run.ExitCode.ShouldBe(0);
        run.Out.ShouldBe("https://example.com/a?x=1\nhttps://example.org/b\n");
        var json = CliRun.Of("check", "--source", site.Root, "--external-list", "--format", "json");
        JsonDocument.Parse(json.Out).RootElement.EnumerateArray().Select(e => e.GetProperty("url").GetString())
            .ShouldBe(["https://example.com/a?x=1", "https://example.org/b"]);
    }

    [Fact]
    public void The_example_blog_has_no_errors()
    {
        var run = CliRun.Of("check", "--source", RepoRoot.Path);
        run.ExitCode.ShouldBe(0, run.Error);
        run.Error.ShouldNotContain(": error ");
    }
}
