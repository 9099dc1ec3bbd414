using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace Generator.BrowserTests.Support;

/// <summary>
/// A built output folder served as static files under its base path (/ai-news/), as GitHub Pages would: Kestrel on a
/// free port of 127.0.0.1, nothing added to the pages.
/// </summary>
public sealed class StaticSite(WebApplication app, Uri home) : IAsyncDisposable
{
    /// <summary>The home page, e.g. http://127.0.0.1:41234/ai-news/.</summary>
    public Uri Home { get; } = home;

    public static async Task<StaticSite> StartAsync(string folder, string basePath)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(2));
        var app = builder.Build();
        var files = new PhysicalFileProvider(folder);
        var requestPath = basePath.TrimEnd('/');
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files, RequestPath = requestPath });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, RequestPath = requestPath });
        await app.StartAsync();

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new StaticSite(app, new Uri(new Uri(address.TrimEnd('/') + "/"), basePath));
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();
}
