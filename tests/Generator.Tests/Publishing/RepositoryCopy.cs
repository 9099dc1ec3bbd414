using Generator.Tests.Support;

namespace Generator.Tests.Publishing;

/// <summary>
/// This repository as a fresh checkout has it, in a new folder: the files git tracks, and new files it does not ignore
/// (so uncommitted work is tested too), without bin/, obj/, _site/ or .cache/, and without .git: as GitHub hands an
/// action its repository, and as a release job sees it once the version is given.
/// </summary>
public static class RepositoryCopy
{
    public static void To(string target)
    {
        var list = GeneratorProcess.RunProgram("git", RepoRoot.Path, ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], TimeSpan.FromMinutes(1));
        list.ExitCode.ShouldBe(0, $"git lists the repository's files: {list}");
        foreach (var relative in list.Out.Split('\0', StringSplitOptions.RemoveEmptyEntries))
        {
            var from = Path.Combine(RepoRoot.Path, relative);
            if (!File.Exists(from)) continue; // deleted in the work tree, not yet in the index
            var to = Path.Combine(target, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(from, to);
        }
    }
}
