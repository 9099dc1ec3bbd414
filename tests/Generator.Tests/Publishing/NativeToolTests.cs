using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Generator.Tests.Support;

namespace Generator.Tests.Publishing;

/// <summary>
/// The Native AOT tool does what the JIT-compiled one does. Templates read views and call functions by reflection, and
/// serve fingerprints pages with JSON metadata: a member or type the AOT compiler dropped would show here as a
/// template error, a different byte, or serve re-rendering every page.
/// </summary>
[Collection(NativeToolCollection.Name)]
public sealed partial class NativeToolTests(NativeTool tool) : IDisposable
{
    private readonly string work = Directory.CreateTempSubdirectory("newsgen-aot-site-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(work, recursive: true); } catch (IOException) { }
    }

    [NativeToolFact]
    public void The_native_tool_builds_the_example_blog_byte_for_byte_as_the_jit_compiled_tool_does()
    {
        tool.Published.ShouldBeTrue(tool.PublishOutput);
        var (native, jit) = (ExampleSite("native"), ExampleSite("jit"));

        var built = tool.Run(native, "build");
        built.ExitCode.ShouldBe(0, built.ToString());
        built.Error.ShouldBeEmpty();
        GeneratorProcess.Run(jit, ["build"]).ExitCode.ShouldBe(0);

        // .cache/ holds the social cards and image variants, drawn with an empty cache by each tool.
        foreach (var folder in new[] { "_site", ".cache" })
        {
            var expected = Files(Path.Combine(jit, folder));
            var actual = Files(Path.Combine(native, folder));
            actual.Keys.ShouldBe(expected.Keys, ignoreOrder: false, customMessage: folder);
            foreach (var (path, bytes) in expected)
                Comparable(path, actual[path]).SequenceEqual(Comparable(path, bytes))
                    .ShouldBeTrue($"{folder}/{path} differs between the native and the JIT-compiled tool");
        }
        Files(Path.Combine(native, ".cache")).Keys.ShouldContain(p => p.EndsWith(".png", StringComparison.Ordinal), "cards were drawn");
    }

    /// <summary>The build record and the stamps name the tool that made them (each build of the tool is another tool: a
    /// record is never trusted across them) and the times of files, so they are compared without them (and the stamps
    /// without the output folder they name).</summary>
    private static byte[] Comparable(string path, byte[] bytes) => path switch
    {
        "build/record" when Generator.Record.BuildRecord.FromBytes(bytes) is { } record =>
            (record with { Tool = "", Stamps = record.Stamps.ToDictionary(s => s.Key, s => s.Value with { Ticks = 0 }) }).ToBytes(),
        "build/stamps" when Generator.Record.BuildStamps.FromBytes(bytes) is { } stamps =>
            (stamps with { Settings = "", Inputs = [.. stamps.Inputs.Select(s => s with { Ticks = 0 })],
                Outputs = [.. stamps.Outputs.Select(s => s with { Ticks = 0 })] }).ToBytes(),
        _ => bytes,
    };

    [NativeToolFact]
    public void The_native_tools_check_reports_in_json_as_the_jit_compiled_tool_does()
    {
        tool.Published.ShouldBeTrue(tool.PublishOutput);
        var site = ExampleSite("check");
        string[] args = ["check", "--format", "json", "--external-list"];

        var native = tool.Run(site, args);
        var jit = GeneratorProcess.Run(site, args);

        native.ExitCode.ShouldBe(jit.ExitCode);
        native.Out.ShouldBe(jit.Out);
        native.Out.ShouldContain("\"code\": \"CHK011\"");
    }

    [NativeToolFact]
    public async Task The_native_tools_serve_re_renders_only_the_pages_a_body_edit_changes()
    {
        tool.Published.ShouldBeTrue(tool.PublishOutput);
        var site = ExampleSite("serve");
        var port = FreePort();
        var start = new ProcessStartInfo(tool.Executable)
        {
            WorkingDirectory = site,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "serve", "--port", port.ToString() }) start.ArgumentList.Add(arg);
        start.Environment["NO_COLOR"] = "1";
        using var serve = Process.Start(start)!;
        var lines = new BlockingLines(serve);
        try
        {
            lines.WaitFor(l => l.StartsWith("Serving http", StringComparison.Ordinal)).ShouldNotBeNull(lines.ToString());
            using var http = new HttpClient();
            var post = Directory.GetFiles(Path.Combine(site, "content", "posts"), "*.md")
                .Where(f => Path.GetFileName(f).Count(c => c == '.') == 1 && !File.ReadAllText(f).Contains("\nslug:"))
                .Order(StringComparer.Ordinal).First(); // a post of the default language, its URL named after its file
            var url = $"http://127.0.0.1:{port}/ai-news/posts/{PostSlug(post)}/";
            var before = await http.GetStringAsync(url);
            before.ShouldContain("/__livereload.js");

            File.AppendAllText(post, "\nA sentence added while the native preview server runs.\n");

            var rebuilt = lines.WaitFor(l => l.Contains("re-rendered", StringComparison.Ordinal));
            rebuilt.ShouldNotBeNull(lines.ToString());
            var counts = ReRendered().Match(rebuilt);
            counts.Success.ShouldBeTrue(rebuilt);
            int.Parse(counts.Groups[1].Value).ShouldBeLessThan(int.Parse(counts.Groups[2].Value),
                $"a body edit re-renders the pages that show the post, not the whole site: {rebuilt}");
            (await http.GetStringAsync(url)).ShouldContain("A sentence added while the native preview server runs.");
        }
        finally
        {
            serve.Kill(entireProcessTree: true);
            serve.WaitForExit();
        }
    }

    [GeneratedRegex(@"re-rendered (\d+) of (\d+) pages")]
    private static partial Regex ReRendered();

    private string ExampleSite(string name)
    {
        var site = Path.Combine(work, name);
        RepoRoot.CopySite(site);
        return site;
    }

    private static SortedDictionary<string, byte[]> Files(string folder) =>
        new(Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes), StringComparer.Ordinal);

    /// <summary>The URL slug of a post file: its name without the date and extension.</summary>
    private static string PostSlug(string path) => Regex.Replace(Path.GetFileNameWithoutExtension(path), @"^\d{4}-\d{2}-\d{2}-", "");

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>A process's output lines (both streams), waited for one at a time.</summary>
    private sealed class BlockingLines
    {
        private readonly System.Collections.Concurrent.BlockingCollection<string> lines = [];
        private readonly List<string> seen = [];

        public BlockingLines(Process process)
        {
            process.OutputDataReceived += (_, e) => { if (e.Data is not null) lines.Add(e.Data); };
            process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lines.Add(e.Data); };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
        }

        public string? WaitFor(Func<string, bool> match)
        {
            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
            while (DateTime.UtcNow < deadline && lines.TryTake(out var line, deadline - DateTime.UtcNow))
            {
                seen.Add(line);
                if (match(line)) return line;
            }
            return null;
        }

        public override string ToString() => string.Join('\n', seen);
    }
}
