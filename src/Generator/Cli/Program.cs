using System.CommandLine;

namespace Generator.Cli;

internal static class Program
{
    /// <summary>The command people type: the .NET tool's ToolCommandName.</summary>
    public const string ToolName = "newsgen";

    public static int Main(string[] args) => Run(args, CliConsole.FromEnvironment(), TimeProvider.System);

    /// <param name="outputLockWait">How long build waits for another build of its output (default 60 s).</param>
    public static int Run(string[] args, CliConsole console, TimeProvider clock, string? workingFolder = null, TimeSpan? outputLockWait = null)
    {
        var common = CommonOptions.Create() with { WorkingFolder = workingFolder ?? Environment.CurrentDirectory };
        if (outputLockWait is { } wait) common = common with { OutputLockWait = wait };
        // RootCommand names itself after the running file (Generator.dll, or testhost), so help and errors would say
        // "Generator"; a plain command named after the installed tool, with RootCommand's help and version, says newsgen.
        var root = new Command(ToolName, "Static-site generator for an AI-news explainer blog: Markdown + YAML in, a complete site out.")
        {
            new System.CommandLine.Help.HelpOption(),
            new VersionOption(),
            common.Quiet,
            common.Verbose,
        };
        root.Subcommands.Add(InitCommand.Create(console, common, clock));
        root.Subcommands.Add(NewCommand.Create(console, common, clock));
        root.Subcommands.Add(ServeCommand.Create(console, common));
        root.Subcommands.Add(CheckCommand.Create(console, common));
        root.Subcommands.Add(BuildCommand.Create(console, common));
        root.Subcommands.Add(ThemeCommand.Create(console, common));
        var result = root.Parse(args);
        // System.CommandLine reports usage errors itself, with did-you-mean for misspelt commands and options.
        int exit;
        try
        {
            // Signals are the commands' own (StopSignal: SIGINT and SIGTERM alike, exit code by signal), not System.CommandLine's.
            exit = result.Invoke(new InvocationConfiguration
            {
                Output = console.Out, Error = console.Error, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null,
            });
        }
        catch (OperationCanceledException)
        {
            return ExitCodes.Cancelled;
        }
        catch (Exception e)
        {
            // The last line of defence, as the build has (GEN030): every input known to fail a command is refused with a
            // message of its own; anything else is one line, never System.CommandLine's stack trace, and a bug to report.
            var inner = e is AggregateException { InnerException: { } first } ? first : e;
            console.Error.WriteLine($"error: the command failed unexpectedly ({inner.GetType().Name}: {inner.Message.Split('\n')[0]}); "
                + "please report this with the input that caused it");
            return ExitCodes.ContentErrors;
        }
        return result.Errors.Count > 0 ? ExitCodes.Usage : exit;
    }
}

internal static class ExitCodes
{
    public const int Success = 0;
    public const int ContentErrors = 1;
    public const int Usage = 2;
    public const int Cancelled = 130; // 128 + SIGINT, as shells report Ctrl+C
    public const int Terminated = 143; // 128 + SIGTERM
}
