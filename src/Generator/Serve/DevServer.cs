using System.Net;
using Generator.Content;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Generator.Serve;

/// <summary>
/// <c>serve</c>: builds the site in memory, serves it with Kestrel under its base path, and rebuilds and reloads open
/// browsers whenever content/, templates/ or site.yml change. Start it, then dispose it (or cancel) to stop.
/// A change that comes while a rebuild is busy cancels that rebuild and starts one for both (so a rebuild that a
/// broken file made slow never keeps the fix waiting), and stopping cancels it too. A rebuild is only stopped at its
/// next check (between documents and pages, and in templates' loops); one that does not stop within
/// <see cref="ServeOptions.CancelWait"/> is left to finish on its own, unused, and the next starts from scratch.
/// </summary>
internal sealed partial class DevServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ServeOptions options;
    private SiteRebuilder rebuilder;
    private readonly LiveReloadHub hub = new();
    private readonly ServeReporter reporter;
    private readonly CancellationTokenSource stopping = new();
    private ChangeWatcher? watcher;
    private Task rebuildLoop = Task.CompletedTask;
    private int disposed;

    private DevServer(ServeOptions options, ServeReporter reporter)
    {
        this.options = options;
        this.reporter = reporter;
        rebuilder = new SiteRebuilder(options);
        app = CreateApp(options);
    }

    /// <summary>Read by request threads; replaced only when a rebuild that would not stop is left behind.</summary>
    private SiteRebuilder Rebuilder => Volatile.Read(ref rebuilder);

    /// <summary>Where the site's home page is served, e.g. http://127.0.0.1:5080/ai-news/.</summary>
    public Uri SiteAddress { get; private set; } = new("http://127.0.0.1/");

    public Uri ServerAddress { get; private set; } = new("http://127.0.0.1/");

    public ServedSite Current => Rebuilder.Current;

    /// <summary>Every rebuild outcome, in order; tests and tools may follow it. A cancelled rebuild has none.</summary>
    public event Action<RebuildOutcome>? Rebuilt;

    /// <summary>A rebuild begins, for these changed paths.</summary>
    public event Action<IReadOnlyList<string>>? RebuildStarted;

    public static async Task<DevServer> StartAsync(ServeOptions options, ServeReporter reporter, CancellationToken cancel = default)
    {
        var server = new DevServer(options, reporter);
        var first = server.rebuilder.RebuildSafely([], cancel); // Ctrl+C here: OperationCanceledException
        reporter.FirstBuild(first);
        try
        {
            await server.app.StartAsync(cancel);
        }
        catch
        {
            await server.app.DisposeAsync(); // e.g. the port is taken: release what was set up, let the caller report it
            throw;
        }
        var address = server.app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.ServerAddress = new Uri(address.EndsWith('/') ? address : address + "/");
        server.SiteAddress = new Uri(server.ServerAddress, server.Current.BasePath);
        server.watcher = ChangeWatcher.Start(options.SourceRoot, TimeSpan.FromMilliseconds(options.QuietPeriodMilliseconds));
        server.rebuildLoop = Task.Run(() => server.RebuildOnChangesAsync(server.stopping.Token));
        reporter.Listening(server.SiteAddress, options);
        return server;
    }

    private WebApplication CreateApp(ServeOptions options)
    {
        // The empty builder: no appsettings, environment or logging providers, and no file watching of its own.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            if (options.Host == "localhost" && options.Port == 0) kestrel.Listen(IPAddress.Loopback, 0); // Kestrel cannot pick one port for both loopbacks
            else if (options.Host == "localhost") kestrel.ListenLocalhost(options.Port);
            else kestrel.Listen(IPAddress.Parse(options.Host), options.Port);
        });
        builder.Services.AddRoutingCore();
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(2));
        var web = builder.Build();
        var appStopping = web.Lifetime.ApplicationStopping;
        appStopping.Register(hub.CompleteAll);

        web.Use(async (context, next) =>
        {
            if (HostCheck.Allowed(context.Request.Host.Host, options.Host)) await next(context);
            else
            {
                context.Response.StatusCode = StatusCodes.Status421MisdirectedRequest;
                await context.Response.WriteAsync($"This preview server answers only to {options.Host} and localhost.");
            }
        });
        web.MapGet(LiveReloadPage.EventsPath, (HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "no-store";
            var cancel = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, appStopping);
            context.Response.RegisterForDispose(cancel);
            return TypedResults.ServerSentEvents(hub.Subscribe(() => LiveReloadEvent.Hello(Rebuilder.Current), cancel.Token));
        });
        web.MapGet(LiveReloadPage.ScriptPath, () => Results.Text(LiveReloadPage.Script, "text/javascript; charset=utf-8"));
        web.MapMethods("/{**path}", [HttpMethods.Get, HttpMethods.Head], (HttpContext context) => ServeSite(context));
        return web;
    }

    private IResult ServeSite(HttpContext context)
    {
        context.Response.Headers.CacheControl = "no-store";
        var site = Rebuilder.Current;
        var path = context.Request.Path.Value ?? "/";
        if (site.Files.Count == 0) return Html(LiveReloadPage.ErrorPage(site), StatusCodes.Status503ServiceUnavailable);
        if (path == "/" && site.BasePath != "/") return Results.Redirect(site.BasePath);
        return RequestPaths.Resolve(path, site) switch
        {
            RequestTarget.File file when site.Find(file.OutputPath) is { } served =>
                served.IsHtml ? Html(LiveReloadPage.Inject(served.Content, site), 200) : Results.Bytes(served.Content, served.ContentType),
            RequestTarget.Redirect redirect => Results.Redirect(redirect.Location),
            _ => site.Find("404.html") is { } notFound
                ? Html(LiveReloadPage.Inject(notFound.Content, site), StatusCodes.Status404NotFound)
                : Results.NotFound(),
        };
    }

    private static IResult Html(string html, int status) => Results.Content(html, "text/html; charset=utf-8", statusCode: status);

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1) return;
        stopping.Cancel();
        watcher?.Dispose();
        await rebuildLoop;
        hub.CompleteAll();
        await app.StopAsync();
        await app.DisposeAsync();
        stopping.Dispose();
    }
}
