using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Generator.Tests.Publishing;

/// <summary>
/// Runs the <c>run:</c> steps of a workflow job or a composite action on this machine as GitHub's runner does: each
/// script with <c>bash --noprofile --norc -eo pipefail</c>, in the workspace or the step's working-directory, with the
/// workflow's, job's and step's <c>env</c>, and the files a step writes to ($GITHUB_OUTPUT, $GITHUB_ENV, $GITHUB_PATH)
/// read back for the steps after it. <c>if:</c> conditions are evaluated (<see cref="WorkflowCondition"/>), and
/// <c>${{ … }}</c> is filled in only from the context given (inputs, matrix, github, runner, step outputs); anything
/// else, and an expression inside a script (scripts read their values from env, as GitHub advises), is refused, so a
/// changed step is looked at again rather than guessed at. A <c>uses:</c> step cannot run here: it goes to the caller,
/// which checks what it needs and that this machine already has it.
/// </summary>
public sealed partial class StepRunner(string workspace, IReadOnlyDictionary<string, string> context)
{
    private static readonly TimeSpan StepTimeout = TimeSpan.FromMinutes(15);
    private readonly string files = Directory.CreateTempSubdirectory("newsgen-runner-").FullName;
    private readonly Dictionary<string, string> outputs = new(StringComparer.Ordinal);
    private readonly List<string> path = [];
    private readonly List<string> log = [];

    /// <summary>The job's <c>defaults.run.shell</c>; a composite action's steps name theirs.</summary>
    public string? DefaultShell { get; init; }

    /// <summary>Environment every step gets (workflow and job <c>env</c>, runner variables), then $GITHUB_ENV's.</summary>
    public Dictionary<string, string> Env { get; } = new(StringComparer.Ordinal);

    /// <summary>The folders steps added to $GITHUB_PATH, the latest first, as later steps see them.</summary>
    public IReadOnlyList<string> PathAdditions => path;

    /// <summary>What every step printed, in order, for failure messages.</summary>
    public string Log => string.Join("\n", log);

    /// <summary>The runner's variables for this machine: RUNNER_OS and RUNNER_ARCH as GitHub names them, a temp folder.</summary>
    public static Dictionary<string, string> RunnerVariables(string temp) => new(StringComparer.Ordinal)
    {
        ["CI"] = "true",
        ["GITHUB_ACTIONS"] = "true",
        ["RUNNER_OS"] = OperatingSystem.IsWindows() ? "Windows" : OperatingSystem.IsMacOS() ? "macOS" : "Linux",
        ["RUNNER_ARCH"] = RuntimeInformation.OSArchitecture switch { Architecture.Arm64 => "ARM64", Architecture.X86 => "X86", _ => "X64" },
        ["RUNNER_TEMP"] = temp,
    };

    public string? Output(string stepId, string name) => outputs.GetValueOrDefault($"steps.{stepId}.outputs.{name}");

    /// <summary>Runs the steps in order until one fails; <paramref name="uses"/> handles each <c>uses:</c> step whose
    /// condition holds. Returns the step that failed with its output, or null when every step passed.</summary>
    public (YamlMappingNode Step, string Output)? RunAll(IEnumerable<YamlMappingNode> steps, Action<YamlMappingNode> uses)
    {
        foreach (var step in steps)
        {
            if (PagesWorkflow.Text(step, "if") is { } condition && !Holds(condition)) continue;
            if (PagesWorkflow.Text(step, "uses") is not null)
            {
                uses(step);
                continue;
            }
            var (exit, output) = Run(step);
            if (exit != 0) return (step, output);
        }
        return null;
    }

    public bool Holds(string condition)
    {
        var values = new Dictionary<string, string>(context, StringComparer.Ordinal);
        foreach (var (name, value) in outputs) values[name] = value;
        // An output no step wrote is the empty string, as on GitHub.
        foreach (Match name in StepOutputName().Matches(condition)) values.TryAdd(name.Value, "");
        return WorkflowCondition.Evaluate(condition, values);
    }

    /// <summary>Fills in a value that is all expressions and text (<c>${{ inputs.version }}</c>), from the context only.</summary>
    public string Fill(string text) => Expression().Replace(text, match =>
    {
        var name = match.Groups[1].Value;
        if (name.StartsWith("steps.", StringComparison.Ordinal)) return outputs.GetValueOrDefault(name, "");
        return context.TryGetValue(name, out var value) ? value
            : throw new NotSupportedException($"'{match.Value}': the test has no value for '{name}'");
    });

    private (int Exit, string Output) Run(YamlMappingNode step)
    {
        var script = PagesWorkflow.Text(step, "run")!;
        script.ShouldNotContain("${{", customMessage: $"step '{Name(step)}' reads its values from env, not from expressions in the script");
        (PagesWorkflow.Text(step, "shell") ?? DefaultShell).ShouldBe("bash", $"step '{Name(step)}' runs in bash, on every runner");
        var folder = PagesWorkflow.Text(step, "working-directory") is { } relative ? Path.GetFullPath(Fill(relative), workspace) : workspace;

        var id = Guid.NewGuid().ToString("N");
        var scriptFile = Path.Combine(files, id + ".sh");
        File.WriteAllText(scriptFile, script);
        string[] commandFiles = ["GITHUB_OUTPUT", "GITHUB_ENV", "GITHUB_PATH"];
        var start = new ProcessStartInfo("bash") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "--noprofile", "--norc", "-eo", "pipefail", scriptFile }) start.ArgumentList.Add(arg);
        foreach (var (name, value) in Env) start.Environment[name] = value;
        foreach (var name in commandFiles) File.WriteAllText(start.Environment[name] = Path.Combine(files, $"{id}.{name}"), "");
        start.Environment["GITHUB_WORKSPACE"] = workspace;
        if (step.Children.TryGetValue(new YamlScalarNode("env"), out var env))
            foreach (var (key, value) in ((YamlMappingNode)env).Children)
                start.Environment[((YamlScalarNode)key).Value!] = Fill(((YamlScalarNode)value).Value ?? "");
        start.Environment["PATH"] = string.Join(Path.PathSeparator, [.. path, start.Environment["PATH"]]);

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(StepTimeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"step '{Name(step)}' did not finish within {StepTimeout}");
        }
        var output = stdout.Result + stderr.Result;
        log.Add($"== {Name(step)} (exit code {process.ExitCode})\n{output}");

        var stepId = PagesWorkflow.Text(step, "id");
        foreach (var (name, value) in Pairs(start.Environment["GITHUB_OUTPUT"]!))
            if (stepId is not null) outputs[$"steps.{stepId}.outputs.{name}"] = value;
        foreach (var (name, value) in Pairs(start.Environment["GITHUB_ENV"]!)) Env[name] = value;
        foreach (var line in File.ReadAllLines(start.Environment["GITHUB_PATH"]!).Where(l => l.Length > 0)) path.Insert(0, line);
        return (process.ExitCode, output);
    }

    /// <summary>The <c>name=value</c> lines of a command file; the multi-line <c>name&lt;&lt;EOF</c> form is not used here.</summary>
    private static IEnumerable<(string Name, string Value)> Pairs(string file) =>
        File.ReadAllLines(file).Where(l => l.Length > 0).Select(line =>
        {
            var equals = line.IndexOf('=');
            if (equals <= 0) throw new NotSupportedException($"'{line}' in {Path.GetFileName(file)} is not name=value");
            return (line[..equals], line[(equals + 1)..]);
        });

    private static string Name(YamlMappingNode step) => PagesWorkflow.Text(step, "name") ?? PagesWorkflow.Text(step, "run") ?? "?";

    [GeneratedRegex(@"\$\{\{\s*([A-Za-z0-9_.-]+)\s*\}\}")]
    private static partial Regex Expression();

    [GeneratedRegex(@"steps\.[a-z_]+\.outputs\.[a-z_]+")]
    private static partial Regex StepOutputName();
}
