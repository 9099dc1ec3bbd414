using System.Net;
using Generator.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace Generator.BrowserTests.Support;

/// <summary>
/// The repository's example blog, built as <c>build</c> writes it into a temp folder and served from there as static
/// files under its base path (/ai-news/), as GitHub Pages would: Kestrel on a free port of 127.0.0.1, nothing added to
/// the pages. Built once for every test class of the "Example site" collection.
/// </summary>
public sealed class ExampleSite : IAsyncLifetime
{
    public const string BasePath = "/ai-news/";

    private readonly string folder = Directory.CreateTempSubdirectory("newsgen-browser-").FullName;
    private WebApplication? app;

    /// <summary>The home page, e.g. http://127.0.0.1:41234/ai-news/.</summary>
    public Uri Home { get; private set; } = null!;

    /// <summary>A page's address from its path below the base path: <c>posts/x/</c>.</summary>
    public string Url(string pathUnderBase) => new Uri(Home, pathUnderBase.TrimStart('/')).ToString();

    /// <summary>The address a link of the site points at: <c>/ai-news/posts/x/</c>.</summary>
    public string Resolve(string href) => new Uri(Home, href).ToString();

    public async Task InitializeAsync()
    {
        var output = Path.Combine(folder, "_site");
        var result = SiteBuild.Run(new BuildOptions(RepoRoot.Path, output, Now: new DateTimeOffset(2026, 11, 21, 0, 0, 0, TimeSpan.Zero)));
        result.Succeeded.ShouldBeTrue(string.Join("\n", TestSite.Errors(result)));

        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(2));
        app = builder.Build();
        var files = new PhysicalFileProvider(output);
        var requestPath = BasePath.TrimEnd('/');
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files, RequestPath = requestPath });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, RequestPath = requestPath });
        await app.StartAsync();

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Home = new Uri(new Uri(address.TrimEnd('/') + "/"), BasePath);
    }

    public async Task DisposeAsync()
    {
        if (app is not null) await app.DisposeAsync();
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }
}

[CollectionDefinition(Name)]
public sealed class ExampleSiteCollection : ICollectionFixture<ExampleSite>
{
    public const string Name = "Example site";
}
