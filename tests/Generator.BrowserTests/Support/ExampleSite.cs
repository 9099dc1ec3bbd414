using Generator.Tests.Support;

namespace Generator.BrowserTests.Support;

/// <summary>
/// The repository's example blog, built as <c>build</c> writes it into a temp folder and served from there
/// (<see cref="StaticSite"/>). Built once for every test class of the "Example site" collection.
/// </summary>
public sealed class ExampleSite : IAsyncLifetime
{
    public const string BasePath = "/ai-news/";

    private readonly string folder = Directory.CreateTempSubdirectory("newsgen-browser-").FullName;
    private StaticSite? server;

    /// <summary>The home page, e.g. http://127.0.0.1:41234/ai-news/.</summary>
    public Uri Home { get; private set; } = null!;

    /// <summary>A page's address from its path below the base path: <c>posts/x/</c>.</summary>
    public string Url(string pathUnderBase) => new Uri(Home, pathUnderBase.TrimStart('/')).ToString();

    /// <summary>The address a link of the site points at: <c>/ai-news/posts/x/</c>.</summary>
    public string Resolve(string href) => new Uri(Home, href).ToString();

    public async Task InitializeAsync()
    {
        var output = Path.Combine(folder, "_site");
        var result = SiteBuild.Write(new BuildOptions(RepoRoot.Path, output, Now: new DateTimeOffset(2026, 11, 21, 0, 0, 0, TimeSpan.Zero)));
        result.Succeeded.ShouldBeTrue(string.Join("\n", TestSite.Errors(result)));

        server = await StaticSite.StartAsync(output, BasePath);
        Home = server.Home;
    }

    public async Task DisposeAsync()
    {
        if (server is not null) await server.DisposeAsync();
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }
}

[CollectionDefinition(Name)]
public sealed class ExampleSiteCollection : ICollectionFixture<ExampleSite>
{
    public const string Name = "Example site";
}
