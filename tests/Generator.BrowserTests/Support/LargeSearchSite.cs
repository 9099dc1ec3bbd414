using System.Diagnostics;
using System.IO.Compression;
using Generator.Bench.Corpus;
using Generator.Content;
using Generator.Glossary;
using Generator.Markdown;
using Generator.Output;
using Generator.Rendering;
using Generator.Site;

namespace Generator.BrowserTests.Support;

/// <summary>
/// The search page of a 10,000-post site, made as cheaply as honesty allows. The posts are the benchmark corpus's
/// (bench/Generator.Bench/Corpus, seed 1, 200 glossary terms), given to the build as the records the content reader
/// would make of their files (no 10,000 files written and parsed); then the real stages: glossary, Markdown, the site
/// model, <see cref="SearchIndex"/> (/search-index.json) and the theme's search page and assets. The other 17,000 pages
/// of that site, feeds and images are not made: the search page never sees them.
/// </summary>
public sealed class LargeSearchSite : IAsyncLifetime
{
    public const int Posts = 10_000;

    private readonly string folder = Directory.CreateTempSubdirectory("newsgen-search-").FullName;
    private StaticSite? server;

    public Uri Home { get; private set; } = null!;

    /// <summary>Bytes of /search-index.json, as served and gzipped.</summary>
    public (long Plain, long Gzip) IndexSize { get; private set; }

    /// <summary>How long making the site took, for the CI cost.</summary>
    public TimeSpan PrepareTime { get; private set; }

    public string Url(string pathUnderBase) => new Uri(Home, pathUnderBase.TrimStart('/')).ToString();

    public async Task InitializeAsync()
    {
        if (Chromium.SkipReason is not null) return; // no browser, no test: save the work
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var corpus = new NewsCorpus(Posts, terms: 200, seed: 1);
        await File.WriteAllTextAsync(Path.Combine(folder, "site.yml"), CorpusWriter.SiteYml());
        var config = SiteConfigReader.Read(folder, null, diagnostics)!;
        var urls = new SiteUrls(config.BaseUrl);

        Phase("corpus");
        var glossary = GlossaryIndex.Build([.. corpus.Terms.Select(Term)], diagnostics);
        var markdown = new MarkdownConverter(urls.BasePath, glossary.Extensions(urls));
        var articles = new RenderedArticle[corpus.Posts.Count];
        Parallel.For(0, articles.Length, i => articles[i] = RenderedDocuments.Article(markdown, Article(corpus.Posts[i])));
        Phase("markdown");
        var terms = glossary.Terms.Select(t => RenderedDocuments.Term(markdown, t)).ToList();
        var site = SiteAssembler.Assemble(config, articles, terms, [], diagnostics);

        Phase("assemble");
        var theme = ThemeFiles.Of(folder, diagnostics: diagnostics); // no templates/ here: the built-in theme
        var assets = AssetManifest.Scan(theme);
        var templates = TemplateSet.Load(theme, new ThemeFunctions(urls, assets.OutputNames, assets.TryRead), diagnostics)!;
        var inputs = new RenderInputs(site, templates, assets, diagnostics);
        var output = Path.Combine(folder, "_site");
        var files = inputs.Renderer().RenderAll([.. inputs.Jobs().Where(job => job.Template == "search")]).Append(SearchIndex.Write(site));
        Phase("render+index");
        diagnostics.All.Where(d => d.Severity == Severity.Error).ShouldBeEmpty();
        foreach (var file in files)
        {
            var path = Path.Combine(output, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllTextAsync(path, file.Content);
        }
        assets.CopyTo(output);
        var index = Path.Combine(output, "search-index.json");
        IndexSize = (new FileInfo(index).Length, GzipLength(index));
        PrepareTime = clock.Elapsed;

        server = await StaticSite.StartAsync(output, ExampleSite.BasePath);
        Home = server.Home;
    }

    public List<string> Phases { get; } = [];
    private void Phase(string name) => Phases.Add($"{name} {Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds:F1}s cpu");

    public async Task DisposeAsync()
    {
        if (server is not null) await server.DisposeAsync();
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }

    /// <summary>What ArticleReader makes of the corpus's post file (CorpusWriter.WriteSite writes the same fields).</summary>
    private static Article Article(CorpusPost post)
    {
        var path = $"content/posts/{post.Date:yyyy-MM-dd}-{post.Slug}.md";
        return new Article(path, Slug.FromFileName(path), post.Title, post.Date, null, post.Author, post.Category, post.Tags,
            post.Summary, null, [], [], Draft: false, GlossaryLinking: true, post.Body, BodyLine: 10);
    }

    private static GlossaryTerm Term(string term)
    {
        var slug = Slug.From(term);
        return new GlossaryTerm($"content/glossary/{slug}.md", 2, slug, term, [], NewsCorpus.TermDefinition(term), null,
            NewsCorpus.TermBody(term), 5);
    }

    private static long GzipLength(string path)
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        using (var file = File.OpenRead(path)) file.CopyTo(gzip);
        return compressed.Length;
    }
}
