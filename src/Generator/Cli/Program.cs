using System.CommandLine;

namespace Generator.Cli;

public static class Program
{
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    /// <summary>The whole CLI with its writers passed in, so tests see exactly what a user sees.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("Static-site generator for an AI-news explainer blog: Markdown + YAML in, a complete site out.");
        root.Subcommands.Add(BuildCommand.Create(stdout, stderr));
        var result = root.Parse(args);
        var exit = result.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
        // System.CommandLine reports usage errors (with did-you-mean) itself; usage errors exit 2, content errors 1.
        return result.Errors.Count > 0 ? ExitCodes.Usage : exit;
    }
}

public static class ExitCodes
{
    public const int Success = 0;
    public const int ContentErrors = 1;
    public const int Usage = 2;
}
