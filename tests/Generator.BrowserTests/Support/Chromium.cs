namespace Generator.BrowserTests.Support;

/// <summary>
/// Debian's Chromium, launched through Playwright. Playwright never downloads a browser here: the executable is the
/// system one, and every flag keeps it off the network (no proxy reachable, every host name but loopback unresolvable).
/// </summary>
public static class Chromium
{
    /// <summary>Debian's Chromium, or the browser named by CHROMIUM_PATH.</summary>
    public static string ExecutablePath { get; } = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium";

    /// <summary>
    /// Why the browser tests cannot run here, or null when they can. `dotnet test` needs nothing but the SDK, so on a
    /// machine without Chromium they are reported as skipped, with this reason; on CI (CI=true) they never skip, so a
    /// missing browser fails the run instead of hiding the tests.
    /// </summary>
    public static string? SkipReason { get; } =
        File.Exists(ExecutablePath) || Environment.GetEnvironmentVariable("CI") == "true"
            ? null
            : $"Chromium is not installed at {ExecutablePath}: install Debian's package ('apt-get install chromium') to run the browser tests";

    /// <summary>Playwright's expectations wait this long before failing (a loaded 2-core CI machine is slow).</summary>
    public const float Timeout = 15_000;

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"Chromium is not installed at {ExecutablePath}. The browser tests use Debian's package and never download " +
                "a browser: install it with 'apt-get install chromium' (.ci/run does this on CI).");
        }
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        SetDefaultExpectTimeout(Timeout);

        var playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new()
            {
                ExecutablePath = ExecutablePath,
                Headless = true,
                Args =
                [
                    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--proxy-server=http://127.0.0.1:9",
                    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1",
                ],
            });
            return (playwright, browser);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }
}

/// <summary>One browser per test class (xunit class fixture), started once and closed after the class's last test.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (Chromium.SkipReason is null) (playwright, Browser) = await Chromium.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        playwright?.Dispose();
    }
}

/// <summary>
/// A test with the class's browser: every page it opens gets a fresh context (no cookies, storage or cache shared
/// with other tests), closed when the test ends.
/// </summary>
public abstract class BrowserTest(BrowserFixture browser) : IAsyncLifetime
{
    private readonly List<IBrowserContext> contexts = [];

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual async Task DisposeAsync()
    {
        foreach (var context in contexts) await context.CloseAsync();
    }

    protected async Task<IPage> NewPageAsync(BrowserNewContextOptions? options = null)
    {
        var context = await browser.Browser.NewContextAsync(options);
        contexts.Add(context);
        context.SetDefaultTimeout(Chromium.Timeout);
        context.SetDefaultNavigationTimeout(Chromium.Timeout);
        return await context.NewPageAsync();
    }
}

/// <summary>A browser test: skipped, with the reason shown, only where Chromium is missing and this is not CI.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute() => Skip = Chromium.SkipReason;
}

/// <summary>The <see cref="BrowserFactAttribute"/> of data-driven browser tests.</summary>
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute() => Skip = Chromium.SkipReason;
}
