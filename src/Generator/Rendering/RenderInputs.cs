using Generator.Content;
using Generator.Output;
using Generator.Site;

namespace Generator.Rendering;

/// <summary>
/// Everything the Rendering stage works from. <c>build</c> renders every page with <see cref="RenderAll"/>; other
/// commands plug in their own strategy over the same page inventory (serve re-renders only what changed).
/// </summary>
public sealed record RenderInputs(SiteModel Site, TemplateSet Templates, AssetManifest Assets, DiagnosticBag Diagnostics)
{
    public IReadOnlyList<PageJob> Jobs() => new PageJobs(Site, new ViewFactory(Site)).All();

    public PageRenderer Renderer() => new(Site, Templates, Diagnostics);

    public IReadOnlyList<OutputFile> RenderAll() => Renderer().RenderAll(Jobs());

    /// <summary>
    /// Renders every page, in parallel, handing each to <paramref name="written"/> as soon as it is rendered and keeping
    /// none: a build that writes streams its pages to disk this way. Returns the output paths, in page-inventory order.
    /// </summary>
    public IReadOnlyList<string> RenderEach(Action<OutputFile> written)
    {
        var jobs = Jobs();
        var renderer = Renderer();
        var paths = new string?[jobs.Count];
        Parallel.For(0, jobs.Count, i =>
        {
            if (renderer.Render(jobs[i]) is not { } file) return;
            written(file);
            paths[i] = file.Path;
        });
        return [.. paths.OfType<string>()];
    }
}
