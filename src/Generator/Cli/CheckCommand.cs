using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Serialization;
using Generator.Check;
using Generator.Content;

namespace Generator.Cli;

/// <summary><c>check [--external-list] [--format text|json] [--strict]</c>: finds problems without writing anything.</summary>
internal static class CheckCommand
{
    private static readonly JsonSerializerOptions Json = new()
    {
        TypeInfoResolver = CheckJson.Default,
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // for people and tools, never for HTML
    };

    public static Command Create(CliConsole console, CommonOptions common)
    {
        var source = CommonOptions.Source();
        var baseUrl = new Option<string>("--base-url") { Description = "Override base_url from site.yml" };
        var drafts = new Option<bool>("--drafts") { Description = "Also check drafts and posts dated in the future" };
        var externalList = new Option<bool>("--external-list") { Description = "Print every external URL the site links to (nothing is fetched)" };
        var format = new Option<string>("--format") { Description = "text or json (an array of objects)", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var strict = new Option<bool>("--strict") { Description = "Fail (exit 1) on warnings too" };
        var command = new Command("check", "Build in memory and report broken links and anchors, missing alt text, summaries and more")
        {
            source, baseUrl, drafts, externalList, format, strict,
        };
        command.SetAction(parse =>
        {
            var root = common.SiteRootOf(parse, source);
            var includeDrafts = parse.GetValue(drafts);
            using var stop = StopSignal.Listen(console.Error, "Check stopped without waiting for it to finish.");
            CheckReport report;
            try
            {
                report = SiteChecker.Run(new BuildOptions(root, Path.Combine(root, "_site"), parse.GetValue(baseUrl), includeDrafts, includeDrafts)
                {
                    Cancel = stop.Token,
                });
            }
            catch (Exception e) when (SiteBuild.IsCancellation(e))
            {
                console.Error.WriteLine("Check cancelled.");
                return stop.ExitCode;
            }
            var listExternal = parse.GetValue(externalList);
            if (parse.GetValue(format) == "json") WriteJson(console, report, listExternal);
            else WriteText(console, report, listExternal, common.VerbosityOf(parse));
            var failed = report.Errors > 0 || (parse.GetValue(strict) && report.Warnings > 0);
            return failed ? ExitCodes.ContentErrors : ExitCodes.Success;
        });
        return command;
    }

    /// <summary>External URLs go to stdout, one per line, so they can be piped to a link checker; findings to stderr.</summary>
    private static void WriteText(CliConsole console, CheckReport report, bool listExternal, Verbosity verbosity)
    {
        if (listExternal) foreach (var url in report.ExternalUrls) console.Out.WriteLine(url.Url);
        console.WriteDiagnostics(report.Diagnostics, verbosity);
        if (verbosity == Verbosity.Quiet) return;
        var summary = report.PageCount == 0 ? "Check stopped: the site does not build."
            : report.Diagnostics.Count == 0 ? $"Checked {report.PageCount} pages: no problems found."
            : $"Checked {report.PageCount} pages: {report.Errors} error(s), {report.Warnings} warning(s).";
        (listExternal ? console.Error : console.Out).WriteLine(summary);
    }

    private static void WriteJson(CliConsole console, CheckReport report, bool listExternal)
    {
        var items = report.Diagnostics.Select(d => new CheckItem(d.At.Path, d.At.Line, d.At.Column,
            d.Severity == Severity.Error ? "error" : "warning", d.Code, d.Message, null)).ToList();
        if (listExternal)
            items.AddRange(report.ExternalUrls.Select(u => new CheckItem(u.FirstUse.Path, u.FirstUse.Line, u.FirstUse.Column, "info",
                CheckCodes.ExternalUrl, $"external URL {u.Url} (used in {u.UsedIn.Count} file(s))", u.Url)));
        console.Out.WriteLine(Output.OutputJson.Serialize(items, Json));
    }

    internal sealed record CheckItem(string Path, int Line, int Column, string Severity, string Code, string Message, string? Url);
}

/// <summary>Compile-time metadata for <c>check --format json</c> (no reflection: the Native AOT tool has none for JSON).</summary>
[JsonSerializable(typeof(List<CheckCommand.CheckItem>))]
internal sealed partial class CheckJson : JsonSerializerContext;
