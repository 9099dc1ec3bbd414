namespace Generator.Tests.Support;

/// <summary>
/// A small site in a temporary folder, with the repository's real templates, deleted after the test. Three posts
/// (newest first: third, second, first), two categories, two authors, three tags and one glossary term.
/// </summary>
internal sealed class FixtureSite : IDisposable
{
    public const string BasePath = "/blog/";

    public FixtureSite(bool withPosts = true)
    {
        Root = Directory.CreateTempSubdirectory("newsgen-test-").FullName;
        RepoRoot.CopyTemplates(Root);
        Write("site.yml", """
            title: "Test News"
            description: "A small site for tests."
            base_url: "https://example.test/blog/"
            posts_per_page: 10
            categories:
              - id: models
                name: Models
              - id: policy
                name: Policy
            authors:
              - id: ada
                name: Ada Writer
              - id: bo
                name: Bo Editor
            """);
        if (!withPosts) return;
        Write("content/posts/2026-01-01-first.md", Post("First", "2026-01-01", "ada", "models", "Chips", "The first body has alpha words."));
        Write("content/posts/2026-01-02-second.md", Post("Second", "2026-01-02", "bo", "policy", "Rules", "The second body has alpha words."));
        Write("content/posts/2026-01-03-third.md", Post("Third", "2026-01-03", "ada", "models", "Chips\", \"Agents", "See [the GPU entry](/glossary/gpu/)."));
        Write("content/glossary/gpu.md", """
            ---
            term: "GPU"
            aliases: ["GPUs"]
            short: "A chip that does many calculations at once."
            ---
            GPUs were first made for games.
            """);
    }

    public string Root { get; }

    public BuildOptions BuildOptions(bool drafts = false) => new(Root, Path.Combine(Root, "_site"), Drafts: drafts, Future: drafts);

    public static string Post(string title, string date, string author, string category, string tags, string body, string extra = "") => $"""
        ---
        title: "{title}"
        date: {date}
        author: {author}
        category: {category}
        tags: ["{tags}"]
        summary: "About {title}."
        {extra}
        ---
        {body}

        """;

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public void Write(string relative, string text)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public string Read(string relative) => File.ReadAllText(PathOf(relative));

    public void Replace(string relative, string oldText, string newText)
    {
        var text = Read(relative);
        text.ShouldContain(oldText);
        Write(relative, text.Replace(oldText, newText));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A watcher may still be letting go of the folder; the temp folder is cleaned up by the system anyway.
        }
    }
}
