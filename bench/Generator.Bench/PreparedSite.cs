using Generator.Content;
using Generator.Output;
using Generator.Rendering;

namespace Generator.Bench;

/// <summary>
/// A generated site taken through a real build once, keeping what each stage hands the next (the loaded content,
/// the Rendering stage's inputs, every output file), so a stage benchmark times that stage alone.
/// </summary>
internal sealed class PreparedSite : IDisposable
{
    public PreparedSite(int posts, int terms = 200)
    {
        Site = new SyntheticSite(posts, terms);
        RenderInputs? captured = null;
        // The build hands its Rendering stage the prepared inputs; keep them and render nothing here.
        var result = SiteBuild.RenderedBy(Site.Options, prepared => { captured = prepared; return []; });
        if (!result.Succeeded || captured is null) throw new InvalidOperationException("the generated site does not build");
        Inputs = captured;
        Content = ContentLoader.Load(Site.Root, null, new DiagnosticBag())!;
        var files = new List<OutputFile>(Inputs.RenderAll());
        files.AddRange(FeedWriter.All(Inputs.Site));
        files.Add(SearchIndex.Write(Inputs.Site));
        files.Add(Sitemap.Write(Inputs.Site, files.Select(f => f.Path)));
        files.Add(RobotsTxt.Write(Inputs.Site));
        Files = files;
    }

    public SyntheticSite Site { get; }

    public ContentSet Content { get; }

    public RenderInputs Inputs { get; }

    public IReadOnlyList<OutputFile> Files { get; }

    public void Dispose() => Site.Dispose();
}
