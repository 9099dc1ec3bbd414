using System.CommandLine;
using Generator.Content;
using Generator.Rendering;
using Generator.Scaffold;

namespace Generator.Cli;

/// <summary><c>theme eject [file…]</c> and <c>theme list</c>: the built-in theme, and which of its files a site overrides.</summary>
internal static class ThemeCommand
{
    public static Command Create(CliConsole console, CommonOptions common)
    {
        var command = new Command("theme", "Copy built-in theme files into templates/ to change them, or list which files the site overrides");
        command.Subcommands.Add(Eject(console, common));
        command.Subcommands.Add(List(console, common));
        return command;
    }

    private static Command Eject(CliConsole console, CommonOptions common)
    {
        var source = CommonOptions.Source();
        var files = new Argument<string[]>("file") { Description = "Theme files to copy, e.g. partials/footer.sbn-html or assets/site.css, or a folder such as partials (default: all)", Arity = ArgumentArity.ZeroOrMore };
        var command = new Command("eject", "Copy built-in theme files into the site's templates/ for editing; existing files are never overwritten") { files, source };
        command.SetAction(parse =>
        {
            if (SiteRootOrError(console, common, parse, source) is not { } root) return ExitCodes.ContentErrors;
            var result = ThemeEject.Eject(root, parse.GetValue(files) ?? []);
            foreach (var problem in result.Unknown) console.Error.WriteLine($"error: {Printable.Of(problem)}");
            if (result.Unknown.Count > 0) return ExitCodes.Usage;
            foreach (var problem in result.Problems) console.Error.WriteLine($"error: cannot copy the theme into {ThemeFiles.Folder}/: {problem}; nothing was copied");
            if (result.Problems.Count > 0) return ExitCodes.ContentErrors;
            if (common.VerbosityOf(parse) == Verbosity.Quiet) return ExitCodes.Success;
            foreach (var path in result.Copied) console.Out.WriteLine($"Copied {Printable.Of(path)}");
            foreach (var path in result.Skipped) console.Out.WriteLine($"Skipped {Printable.Of(path)} (it exists; left as it was)");
            if (result.Copied.Count > 0)
                console.Out.WriteLine("  note: the site's copy now wins over the built-in file; delete it to follow the built-in theme again");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command List(CliConsole console, CommonOptions common)
    {
        var source = CommonOptions.Source();
        var command = new Command("list", "List the theme's files: built-in, overridden by templates/, or the site's own") { source };
        command.SetAction(parse =>
        {
            if (SiteRootOrError(console, common, parse, source) is not { } root) return ExitCodes.ContentErrors;
            foreach (var file in ThemeEject.List(root))
                console.Out.WriteLine($"{Label(file.State),-22} {Printable.Of(file.Name)}");
            return ExitCodes.Success;
        });
        return command;
    }

    private static string Label(ThemeFileState state) => state switch
    {
        ThemeFileState.BuiltIn => "built-in",
        ThemeFileState.Overridden => "overridden",
        ThemeFileState.OverriddenUnchanged => "overridden (unchanged)",
        _ => "site only",
    };

    private static string? SiteRootOrError(CliConsole console, CommonOptions common, ParseResult parse, Option<string> source)
    {
        var root = common.SiteRootOf(parse, source);
        if (File.Exists(Path.Combine(root, SiteConfigReader.FileName))) return root;
        console.Error.WriteLine($"error: no {SiteConfigReader.FileName} in '{root}' or a folder above it; run this inside a site, pass --source DIR, or start one with '{Program.ToolName} init'");
        return null;
    }
}
