namespace Generator.Rendering;

/// <summary>
/// Watches the build's Rendering stage without replacing it (the CLI's progress bar and its pages-per-kind summary),
/// so a build watched this way still streams its pages to disk as they render.
/// </summary>
internal interface IRenderProgress
{
    /// <summary>The page inventory, once, before the first page renders.</summary>
    void Planned(IReadOnlyList<PageJob> jobs);

    /// <summary>One page rendered; called from any thread.</summary>
    void PageDone();
}
