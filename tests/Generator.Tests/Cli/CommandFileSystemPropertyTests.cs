using FsCheck;
using FsCheck.Fluent;
using Generator.Tests.Support;

namespace Generator.Tests.Cli;

/// <summary>
/// For generated file-system states around the paths each command reads and writes (a file, a folder, a dangling
/// link, a link out of the site, a link inside it, a folder where a file or the temporary file goes), every command
/// ends in its own message: no stack trace, no "failed unexpectedly", no temporary file left, nothing written through a
/// link out of the site; and a refused <c>new</c>, <c>init</c> or <c>theme eject</c> leaves every file as it was.
/// Commands run in-process (Program.Run) in a fresh copy of a blog made by <c>init</c>.
/// </summary>
public sealed class CommandFileSystemPropertyTests : IDisposable
{
    private const int Runs = 200; // about 15 s on two busy cores (1,500 ran clean locally); build and check are slow, so rarer

    public enum State { Absent, Folder, File, DanglingLink, LinkOutToFolder, LinkOutToFile, LinkInsideToFolder, LinkInsideToFile }

    /// <summary>Paths below the sandbox: the blog (site/), init's targets (blog/, a-file) and where links out lead (outside/).</summary>
    private static readonly string[] Paths =
    [
        "site/templates", "site/templates/partials", "site/templates/assets", "site/templates/partials/footer.sbn-html",
        "site/content", "site/content/posts", "site/content/posts/2026-05-04-hello-there.md", "site/content/glossary",
        "site/content/glossary/mixture-of-experts.md", "site/site.yml.newsgen-tmp", "site/site.yml", "site/_site",
        "blog", "blog/content", "blog/content/posts", "blog/.github", "blog/site.yml", "a-file",
    ];

    /// <summary>Working folder (below the sandbox), arguments, and whether a refusal must leave every file as it was.</summary>
    private static readonly (string Folder, string[] Args, bool AllOrNothing)[] Commands =
    [
        ("site", ["theme", "eject"], true),
        ("site", ["theme", "eject", "partials/footer.sbn-html"], true),
        ("site", ["theme", "list"], true),
        ("site", ["new", "post", "Hello there"], true),
        ("site", ["new", "term", "mixture of experts"], true),
        ("site", ["new", "author", "priya", "--name", "Priya"], true),
        ("site", ["new", "category", "open-source", "--name", "Open Source"], true),
        ("", ["init", "blog"], true),
        ("", ["init", "blog", "--force"], true),
        ("", ["init", "a-file/sub"], true),
        ("", ["init", "/proc/newsgen-property"], true),
        ("site", ["build", "--quiet"], false),
        ("site", ["check", "--quiet"], false),
    ];

    public sealed record Case(IReadOnlyList<(string Path, State State)> Setup, int Command)
    {
        public override string ToString() =>
            $"{string.Join(" ", Commands[Command].Args)} in '{Commands[Command].Folder}' after "
            + string.Join(", ", Setup.Select(s => $"{s.Path}={s.State}"));
    }

    private readonly string template = Directory.CreateTempSubdirectory("newsgen-fs-template-").FullName;

    public CommandFileSystemPropertyTests() => CliRun.In(template, "init", "site", "--quiet").ExitCode.ShouldBe(0);

    public void Dispose() => Directory.Delete(template, recursive: true);

    private static Arbitrary<Case> Cases() => Arb.From(
        from setup in Gen.ListOf(Gen.Elements(Paths).SelectMany(p => Gen.Elements(Enum.GetValues<State>()).Select(s => (p, s))))
        from command in Gen.Frequency(Commands.Select((c, i) => (c.AllOrNothing ? 4 : 1, Gen.Constant(i))).ToArray())
        select new Case(setup.ToList(), command),
        // A counterexample shrinks to the few set-up steps that matter.
        c => Enumerable.Range(0, c.Setup.Count).Select(i => c with { Setup = [.. c.Setup.Where((_, j) => j != i)] }));

    [Fact]
    public void Every_command_ends_in_its_own_message_and_leaves_no_temporary_file_whatever_stands_at_its_paths()
    {
        Prop.ForAll(Cases(), c =>
        {
            var sandbox = Directory.CreateTempSubdirectory("newsgen-fs-").FullName;
            try
            {
                Check(sandbox, c);
            }
            finally
            {
                Directory.Delete(sandbox, recursive: true);
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(Runs));
    }

    private void Check(string sandbox, Case c)
    {
        CopyFolder(Path.Combine(template, "site"), Path.Combine(sandbox, "site"));
        Directory.CreateDirectory(Path.Combine(sandbox, "outside/folder"));
        File.WriteAllText(Path.Combine(sandbox, "outside/secret.txt"), "outside the site");
        foreach (var (path, state) in c.Setup) Apply(sandbox, path, state);
        var before = FileTree.Snapshot(sandbox);
        var outside = FileTree.Snapshot(Path.Combine(sandbox, "outside"));
        var (folder, args, allOrNothing) = Commands[c.Command];

        var run = CliRun.In(Path.Combine(sandbox, folder), args);

        var context = $"{c}\nexit {run.ExitCode}\n{run.All}";
        run.All.ShouldNotContain("Unhandled exception", customMessage: context);
        run.All.ShouldNotContain("   at ", customMessage: context);
        run.All.ShouldNotContain("failed unexpectedly", customMessage: context);
        run.ExitCode.ShouldBeOneOf([0, 1, 2], context);
        var after = FileTree.Snapshot(sandbox);
        after.Except(before).ShouldNotContain(e => IsTemporary(e), context);
        // A link on the way to init's folder leads to where the new blog is (the author named it); any other link out of
        // a site is never written through.
        if (!(args[0] == "init" && ThroughLink(Path.Combine(sandbox, folder, args[1]))))
            FileTree.Snapshot(Path.Combine(sandbox, "outside")).ShouldBe(outside, context);
        if (allOrNothing && run.ExitCode != 0) after.ShouldBe(before, context);
        if (allOrNothing && run.ExitCode == 0) // nothing removed or overwritten, but site.yml by new author/category
            before.Except(after).Where(e => !EditsSiteYml(args, e)).ShouldBeEmpty(context);
    }

    /// <summary>new author and new category change site.yml, and replace a temporary file an interrupted run left.</summary>
    private static bool EditsSiteYml(string[] args, string entry) =>
        args is ["new", "author" or "category", ..] && entry.Split(' ')[0] is "site/site.yml" or "site/site.yml.newsgen-tmp";

    /// <summary>The temporary names the commands use: site.yml's, and the build's staging folders.</summary>
    private static bool IsTemporary(string entry)
    {
        var name = entry.Split(" ")[0].TrimEnd('/').Split('/')[^1];
        return name.EndsWith(".newsgen-tmp", StringComparison.Ordinal) || name.Contains(".tmp-", StringComparison.Ordinal)
            || name.Contains(".old-", StringComparison.Ordinal);
    }

    private static bool ThroughLink(string path)
    {
        try
        {
            return Generator.Content.RealPath.Resolve(path) != path;
        }
        catch (IOException)
        {
            return true; // a link loop
        }
    }

    /// <summary>Replaces whatever is at the path; a path whose parent is not a real folder keeps the state it has.</summary>
    private static void Apply(string sandbox, string relative, State state)
    {
        var path = Path.Combine(sandbox, relative);
        var parent = Path.GetDirectoryName(path)!;
        if (!Directory.Exists(parent) || new DirectoryInfo(parent).LinkTarget is not null) return;
        if (new FileInfo(path).LinkTarget is not null || File.Exists(path)) File.Delete(path);
        else if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
        var outside = Path.Combine(sandbox, "outside");
        switch (state)
        {
            case State.Folder: Directory.CreateDirectory(path); break;
            case State.File: File.WriteAllText(path, "x"); break;
            case State.DanglingLink: File.CreateSymbolicLink(path, "nowhere"); break;
            case State.LinkOutToFolder: Directory.CreateSymbolicLink(path, Path.Combine(outside, "folder")); break;
            case State.LinkOutToFile: File.CreateSymbolicLink(path, Path.Combine(outside, "secret.txt")); break;
            case State.LinkInsideToFolder:
                Directory.CreateDirectory(Path.Combine(sandbox, "site/elsewhere"));
                Directory.CreateSymbolicLink(path, Path.GetRelativePath(parent, Path.Combine(sandbox, "site/elsewhere")));
                break;
            case State.LinkInsideToFile: File.CreateSymbolicLink(path, Path.GetRelativePath(parent, Path.Combine(sandbox, "site/content/pages/about.md"))); break;
        }
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (var folder in Directory.GetDirectories(from)) CopyFolder(folder, Path.Combine(to, Path.GetFileName(folder)));
    }
}
