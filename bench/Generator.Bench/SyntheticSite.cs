using Generator.Bench.Corpus;

namespace Generator.Bench;

/// <summary>
/// A generated news site (<see cref="NewsCorpus"/>) written once into a temp folder with the repository's theme,
/// for the BenchmarkDotNet benchmarks. The same corpus the <c>corpus</c> command writes for bench/run.
/// </summary>
internal sealed class SyntheticSite : IDisposable
{
    private readonly string folder;

    public SyntheticSite(int posts, int terms = 200, int seed = 1)
    {
        folder = Directory.CreateTempSubdirectory("newsgen-bench-").FullName;
        CorpusWriter.Write(new NewsCorpus(posts, terms, seed), folder, RepositoryRoot());
        Root = Path.Combine(folder, "site");
    }

    public string Root { get; }

    /// <summary>"Now" is fixed after every generated date, so no post counts as scheduled.</summary>
    public BuildOptions Options => new(Root, Path.Combine(Root, "_site"), Now: new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero));

    public void Dispose() => Directory.Delete(folder, recursive: true);

    /// <summary>The newest post's file of the site at <paramref name="root"/> (file names start with the date), which the
    /// serve benchmarks edit.</summary>
    public static string NewestPost(string root) => Directory.GetFiles(Path.Combine(root, "content", "posts")).Order(StringComparer.Ordinal).Last();

    /// <summary>Saves an edit to a post's body, as an author saving their work does; each <paramref name="edit"/> differs.</summary>
    public static void Edit(string post, int edit) => File.AppendAllText(post, $"\nOne more sentence, edit {edit}.\n");

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Generator.sln"))) return dir.FullName;
        throw new InvalidOperationException("run the benchmarks from inside the repository");
    }
}
