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

    public PageRenderer Renderer() => new(Site.Urls, Templates, Diagnostics);

    public IReadOnlyList<OutputFile> RenderAll() => Renderer().RenderAll(Jobs());
}
