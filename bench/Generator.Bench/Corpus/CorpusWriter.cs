using System.Text;

namespace Generator.Bench.Corpus;

/// <summary>
/// Writes a <see cref="NewsCorpus"/> as two sites with the same content: <c>site/</c> in our format (site.yml,
/// content/, the repository's templates/) and <c>hugo/</c> (bench/hugo's configuration and layouts plus the same
/// posts and glossary in Hugo's front matter).
/// </summary>
internal static class CorpusWriter
{
    public static void Write(NewsCorpus corpus, string folder, string repositoryRoot)
    {
        WriteSite(corpus, Path.Combine(folder, "site"), repositoryRoot);
        var hugo = Path.Combine(folder, "hugo");
        if (Directory.Exists(hugo)) Directory.Delete(hugo, recursive: true);
        Copy(Path.Combine(repositoryRoot, "bench", "hugo"), hugo);
        Write(hugo, "content/about.md", "---\ntitle: \"About\"\n---\nA generated news site for benchmarks.\n");
        foreach (var term in corpus.Terms)
        {
            Write(hugo, $"content/glossary/{Content.Slug.From(term)}.md",
                $"---\ntitle: {NewsCorpus.Quote(term)}\nsummary: {NewsCorpus.Quote(NewsCorpus.TermDefinition(term))}\n---\n{NewsCorpus.TermBody(term)}");
        }
        foreach (var post in corpus.Posts)
        {
            Write(hugo, PostFile(post), $"""
                ---
                title: {NewsCorpus.Quote(post.Title)}
                date: {NewsCorpus.Date(post.Date)}
                slug: {post.Slug}
                author: {post.Author}
                categories: [{post.Category}]
                tags: {NewsCorpus.YamlList(post.Tags)}
                summary: {NewsCorpus.Quote(post.Summary)}
                ---

                """ + post.Body);
        }
    }

    /// <summary>Our format alone, into <paramref name="site"/> (the browser tests' 10,000-post search uses it).</summary>
    public static void WriteSite(NewsCorpus corpus, string site, string repositoryRoot)
    {
        if (Directory.Exists(site)) Directory.Delete(site, recursive: true);
        Copy(Path.Combine(repositoryRoot, "templates"), Path.Combine(site, "templates"));
        File.WriteAllText(Path.Combine(site, "site.yml"), SiteYml());
        Write(site, "content/pages/about.md", "---\ntitle: \"About\"\n---\nA generated news site for benchmarks.\n");
        foreach (var term in corpus.Terms)
        {
            Write(site, $"content/glossary/{Content.Slug.From(term)}.md",
                $"---\nterm: {NewsCorpus.Quote(term)}\nshort: {NewsCorpus.Quote(NewsCorpus.TermDefinition(term))}\n---\n{NewsCorpus.TermBody(term)}");
        }
        foreach (var post in corpus.Posts)
        {
            Write(site, PostFile(post), $"""
                ---
                title: {NewsCorpus.Quote(post.Title)}
                date: {NewsCorpus.Date(post.Date)}
                author: {post.Author}
                category: {post.Category}
                tags: {NewsCorpus.YamlList(post.Tags)}
                summary: {NewsCorpus.Quote(post.Summary)}
                ---

                """ + post.Body);
        }
    }

    private static string PostFile(CorpusPost post) => $"content/posts/{post.Date:yyyy-MM-dd}-{post.Slug}.md";

    public static string SiteYml()
    {
        var yml = new StringBuilder("title: \"Bench News\"\ndescription: \"A generated AI-news corpus.\"\n")
            .Append("base_url: \"https://example.github.io/ai-news/\"\nposts_per_page: 10\ncategories:\n");
        foreach (var (id, name) in Vocabulary.Categories) yml.Append($"  - id: {id}\n    name: {NewsCorpus.Quote(name)}\n");
        yml.Append("authors:\n");
        foreach (var (id, name) in Vocabulary.Authors) yml.Append($"  - id: {id}\n    name: {NewsCorpus.Quote(name)}\n");
        return yml.ToString();
    }

    private static void Write(string root, string relative, string text)
    {
        var path = Path.Combine(root, relative);
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
}
