using Generator.Serve;
using Generator.Tests.Support;

namespace Generator.Tests.Serve;

public sealed class ChangeWatcherTests : IDisposable
{
    private readonly FixtureSite site = new();

    public void Dispose() => site.Dispose();

    [Theory]
    [InlineData("content/posts/.2026-01-01-first.md.swp", true)]
    [InlineData("content/posts/2026-01-01-first.md~", true)]
    [InlineData("content/posts/4913", true)]
    [InlineData("content/posts/sedYhy6oE", true)]
    [InlineData("content/posts/2026-01-01-first.md", false)]
    [InlineData("templates/assets/logo.svg", false)]
    public void Editor_scratch_files_are_not_site_inputs(string path, bool scratch) =>
        ChangeWatcher.IsEditorScratch(path).ShouldBe(scratch);

    [Fact]
    public async Task A_burst_of_saves_arrives_as_one_batch_of_site_inputs()
    {
        using var watcher = ChangeWatcher.Start(site.Root, TimeSpan.FromMilliseconds(300));
        site.Write("content/posts/2026-01-09-new.md", "draft");
        site.Write("content/posts/2026-01-09-new.md", FixtureSite.Post("New", "2026-01-09", "ada", "models", "Chips", "Text."));
        site.Write("templates/partials/extra.sbn-html", "<p>extra</p>");
        site.Write("notes.txt", "not an input");

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var batch = await watcher.Batches.ReadAsync(timeout.Token);

        batch.ShouldBe(["content/posts/2026-01-09-new.md", "templates/partials/extra.sbn-html"]);
    }

    [Fact]
    public async Task A_templates_folder_created_after_the_watcher_started_is_watched()
    {
        Directory.Delete(site.PathOf("templates"), recursive: true); // a site on the built-in theme has no templates/
        using var watcher = ChangeWatcher.Start(site.Root, TimeSpan.FromMilliseconds(300));
        site.Write("templates/partials/footer.sbn-html", "<footer>mine</footer>");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        (await watcher.Batches.ReadAsync(timeout.Token)).ShouldContain("templates/partials/footer.sbn-html");

        await Task.Delay(500); // let the new folder's own watcher settle, then edit the file again
        site.Write("templates/partials/footer.sbn-html", "<footer>mine, edited</footer>");
        (await watcher.Batches.ReadAsync(timeout.Token)).ShouldBe(["templates/partials/footer.sbn-html"]);
    }
}
