using System.Text;

namespace Generator.Bench;

/// <summary>
/// A generated blog of any size, written once into a temp folder with the repository's theme: posts spread over
/// categories, authors and a few hundred tags, each using glossary terms, so every stage has realistic work.
/// </summary>
public sealed class SyntheticSite : IDisposable
{
    private static readonly string[] Categories = ["tech-frontline", "biotech-health", "policy-law", "growth-life", "spotlight"];
    private static readonly string[] Terms =
    [
        "open-weight model", "AI agent", "API call", "GPU", "hyperscaler", "frontier model", "benchmark", "inference",
        "Model Context Protocol", "capital expenditure", "foundation model", "large language model",
    ];

    public SyntheticSite(int posts, int extraTerms = 0)
    {
        Root = Directory.CreateTempSubdirectory("newsgen-bench-").FullName;
        Copy(Path.Combine(RepositoryRoot(), "templates"), Path.Combine(Root, "templates"));
        Write("site.yml", $"""
            title: "Bench News"
            base_url: "https://example.github.io/ai-news/"
            categories:
            {string.Join("\n", Categories.Select(c => $"  - id: {c}\n    name: \"{c}\""))}
            authors:
              - id: ana
                name: Ana
              - id: ben
                name: Ben
            """);
        for (var t = 0; t < Terms.Length + extraTerms; t++)
        {
            var term = t < Terms.Length ? Terms[t] : $"synthetic term {t}";
            Write($"content/glossary/term-{t}.md", $"---\nterm: \"{term}\"\nshort: \"A definition of {term}.\"\n---\nA longer explanation of {term}.\n");
        }
        var random = new Random(42);
        for (var i = 0; i < posts; i++)
        {
            var date = new DateTime(2020, 1, 1).AddHours(i * 7);
            var tags = string.Join(", ", Enumerable.Range(0, 3).Select(_ => $"\"Tag {random.Next(300)}\"").Distinct());
            Write($"content/posts/{date:yyyy-MM-dd}-post-{i}.md", $"""
                ---
                title: "Post number {i}: what the {Terms[i % Terms.Length]} means"
                date: {date:yyyy-MM-ddTHH:mm:ss}+00:00
                author: {(i % 2 == 0 ? "ana" : "ben")}
                category: {Categories[i % Categories.Length]}
                tags: [{tags}]
                summary: "A short summary of post {i}."
                ---
                {Body(i, random)}
                """);
        }
    }

    public string Root { get; }

    public BuildOptions Options => new(Root, Path.Combine(Root, "_site"), Now: new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero));

    public void Dispose() => Directory.Delete(Root, recursive: true);

    private static string Body(int i, Random random)
    {
        var text = new StringBuilder();
        for (var section = 0; section < 4; section++)
        {
            text.Append("## Section ").Append(section).Append("\n\n");
            for (var sentence = 0; sentence < 12; sentence++)
                text.Append("The ").Append(Terms[random.Next(Terms.Length)]).Append(" in story ").Append(i)
                    .Append(" changes how teams plan their work and budgets this year. ");
            text.Append("\n\n");
        }
        return text.ToString();
    }

    private void Write(string relative, string text)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Generator.sln"))) return dir.FullName;
        throw new InvalidOperationException("run the benchmarks from inside the repository");
    }
}
