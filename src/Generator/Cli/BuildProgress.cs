using Generator.Rendering;
using Spectre.Console;

namespace Generator.Cli;

/// <summary>
/// Watches the Rendering stage of a build on a terminal, counting the pages as they render (and stream to disk), so a
/// build that takes longer than a second can show a progress bar, and the summary can count pages per kind.
/// </summary>
internal sealed class BuildProgress : IRenderProgress
{
    private static readonly TimeSpan ShowAfter = TimeSpan.FromSeconds(1);
    private int total = -1;
    private int done;

    public IReadOnlyDictionary<string, int> PagesByKind { get; private set; } = new Dictionary<string, int>();

    public static (BuildResult Result, BuildProgress Progress) Run(BuildOptions options, CliConsole console, Verbosity verbosity)
    {
        var progress = new BuildProgress();
        if (!console.Rich) return (SiteBuild.Write(options), progress);
        var build = Task.Run(() => SiteBuild.Write(options, progress));
        if (!build.Wait(ShowAfter) && verbosity != Verbosity.Quiet) progress.Show(console, build);
        return (build.GetAwaiter().GetResult(), progress);
    }

    void IRenderProgress.Planned(IReadOnlyList<PageJob> jobs)
    {
        PagesByKind = jobs.GroupBy(j => j.Meta.Kind).ToDictionary(g => g.Key, g => g.Count());
        Volatile.Write(ref total, jobs.Count);
    }

    void IRenderProgress.PageDone() => Interlocked.Increment(ref done);

    private void Show(CliConsole console, Task build)
    {
        console.Ansi(console.Error).Progress().AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask("Reading content", maxValue: 1).IsIndeterminate();
                while (!build.Wait(TimeSpan.FromMilliseconds(100)))
                {
                    var pages = Volatile.Read(ref total);
                    if (pages < 0) continue;
                    var rendered = Volatile.Read(ref done);
                    task.IsIndeterminate(false).MaxValue(Math.Max(1, pages)).Value(rendered);
                    task.Description = rendered < pages ? $"Rendering {pages} pages" : "Writing the site";
                }
                task.Value(task.MaxValue);
            });
    }
}
