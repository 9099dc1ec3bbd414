using System.Net;
using Generator.Serve;
using Generator.Tests.Support;

namespace Generator.Tests.Serve;

/// <summary>serve against hostile requests, options and rebuilds: no traces, no answers to rebinding hosts, no deaf watcher.</summary>
public class HostileServeTests
{
    [Fact]
    public async Task Requests_for_another_host_name_are_refused_so_dns_rebinding_cannot_read_drafts()
    {
        using var site = new FixtureSite();
        await using var server = await DevServer.StartAsync(new ServeOptions(site.Root, Port: 0), new ServeReporter(TextWriter.Null));
        using var http = new HttpClient { BaseAddress = server.ServerAddress };
        (await http.GetAsync("/blog/")).StatusCode.ShouldBe(HttpStatusCode.OK);
        using var rebound = new HttpRequestMessage(HttpMethod.Get, "/blog/") { Headers = { Host = "attacker.example" } };
        (await http.SendAsync(rebound)).StatusCode.ShouldBe(HttpStatusCode.MisdirectedRequest);
        using var local = new HttpRequestMessage(HttpMethod.Get, "/blog/") { Headers = { Host = $"localhost:{server.ServerAddress.Port}" } };
        (await http.SendAsync(local)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_rebuild_that_hits_hostile_input_reports_it_and_the_watcher_keeps_going()
    {
        using var site = new FixtureSite();
        var terminal = new StringWriter();
        await using var server = await DevServer.StartAsync(new ServeOptions(site.Root, Port: 0) { QuietPeriodMilliseconds = 50 },
            new ServeReporter(TextWriter.Synchronized(terminal)));
        var outcomes = new System.Collections.Concurrent.BlockingCollection<RebuildOutcome>();
        server.Rebuilt += outcomes.Add;
        site.Write("content/posts/2026-01-01-first.md", FixtureSite.Post("First", "2026-01-01", "ada", "models", "Chips", new string('*', 30_000) + "x" + new string('*', 30_000)));
        outcomes.TryTake(out var broken, TimeSpan.FromSeconds(20)).ShouldBeTrue();
        broken!.Succeeded.ShouldBeFalse();
        broken.Site.Errors.ShouldContain(e => e.Code == "GEN025");
        site.Write("content/posts/2026-01-01-first.md", FixtureSite.Post("First", "2026-01-01", "ada", "models", "Chips", "Fixed."));
        while (outcomes.TryTake(out var next, TimeSpan.FromSeconds(20)))
            if (next.Succeeded) return;
        throw new ShouldAssertException("the watcher stopped rebuilding after the failure");
    }

    [Theory]
    [InlineData("--port", "abc", "abc")]
    [InlineData("--port", "70000", "between 0 and 65535")]
    [InlineData("--host", "example.com", "is not an IP address")]
    public void Bad_serve_options_exit_2_with_a_message_not_a_trace(string option, string value, string expected)
    {
        using var site = new FixtureSite();
        var run = CliRun.Of("serve", "--source", site.Root, option, value);
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain(expected);
        run.All.ShouldNotContain("   at ");
    }

    [Fact]
    public async Task Localhost_with_port_0_starts()
    {
        using var site = new FixtureSite();
        await using var server = await DevServer.StartAsync(new ServeOptions(site.Root, Host: "localhost", Port: 0), new ServeReporter(TextWriter.Null));
        server.ServerAddress.Port.ShouldBeGreaterThan(0);
    }

    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("127.0.0.2", true)]
    [InlineData("::1", true)]
    [InlineData("::ffff:127.0.0.1", true)]
    [InlineData("localhost", true)]
    [InlineData("0.0.0.0", false)]
    [InlineData("192.168.1.20", false)]
    public void Loopback_addresses_do_not_get_the_network_warning(string host, bool loopback) =>
        HostCheck.IsLoopback(host).ShouldBe(loopback);
}
