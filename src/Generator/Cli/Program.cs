using System.CommandLine;

namespace Generator.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        var root = new RootCommand("Static-site generator for an AI-news explainer blog: Markdown + YAML in, a complete site out.");
        root.Subcommands.Add(BuildCommand.Create(Console.Out, Console.Error));
        var result = root.Parse(args);
        var exit = result.Invoke();
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
