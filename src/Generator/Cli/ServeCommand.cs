using System.CommandLine;
using System.Net;
using Generator.Serve;

namespace Generator.Cli;

/// <summary><c>serve [--port 5080] [--host 127.0.0.1] [--no-drafts]</c>: the live-reloading preview server.</summary>
internal static class ServeCommand
{
    public static Command Create(CliConsole console, CommonOptions common)
    {
        var source = CommonOptions.Source();
        var port = new Option<int>("--port", "-p") { Description = "Port to listen on", DefaultValueFactory = _ => 5080 };
        var host = new Option<string>("--host") { Description = "Address to listen on; the default keeps the server private to this machine", DefaultValueFactory = _ => "127.0.0.1" };
        var noDrafts = new Option<bool>("--no-drafts") { Description = "Hide drafts and posts dated in the future, as build does" };
        var baseUrl = new Option<string>("--base-url") { Description = "Override base_url from site.yml (its path is where the site is served)" };
        var command = new Command("serve", "Preview the site in the browser; rebuilds and reloads on every change") { source, port, host, noDrafts, baseUrl };
        port.Validators.Add(result =>
        {
            // Read the token, not the value: a value that is not a number is reported by the parser, not thrown here.
            if (result.Tokens.Count > 0 && int.TryParse(result.Tokens[0].Value, out var value) && value is < 0 or > 65535)
                result.AddError("--port must be between 0 and 65535 (0 picks a free port)");
        });
        host.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string>() is { } value && value != "localhost" && !IPAddress.TryParse(value, out _))
                result.AddError($"--host '{value}' is not an IP address; use 127.0.0.1 (the default), ::1 or localhost");
        });
        command.SetAction(async (parse, invocationCancel) =>
        {
            using var stop = StopSignal.Listen(console.Error, "Stopped without waiting for the rebuild to finish.", invocationCancel);
            var cancel = stop.Token;
            var verbosity = common.VerbosityOf(parse);
            var options = new ServeOptions(common.SiteRootOf(parse, source), parse.GetValue(host)!, parse.GetValue(port),
                ShowDrafts: !parse.GetValue(noDrafts), BaseUrl: parse.GetValue(baseUrl));
            var reporter = new ServeReporter(console.Out, verbosity == Verbosity.Verbose, verbosity == Verbosity.Quiet);
            DevServer server;
            try
            {
                server = await DevServer.StartAsync(options, reporter, cancel);
            }
            catch (OperationCanceledException)
            {
                console.Out.WriteLine("Stopped."); // during the first build
                return stop.ExitCode;
            }
            catch (Exception e) when (e is IOException or InvalidOperationException or System.Net.Sockets.SocketException)
            {
                console.Error.WriteLine($"error: cannot listen on {options.Host}:{options.Port}: {e.Message.Split('\n')[0]} (try another --port)");
                return ExitCodes.Usage;
            }
            await using (server)
            {
                try
                {
                    await Task.Delay(Timeout.Infinite, cancel);
                }
                catch (OperationCanceledException)
                {
                }
            }
            console.Out.WriteLine("Stopped.");
            return stop.ExitCode;
        });
        return command;
    }
}
