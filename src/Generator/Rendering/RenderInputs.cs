using Generator.Content;
using Generator.Output;
using Generator.Site;

namespace Generator.Rendering;

/// <summary>
/// Everything the Rendering stage works from. <c>build</c> renders every page with <see cref="RenderAll"/>; other
/// commands plug in their own strategy over the same page inventory (serve re-renders only what changed).
/// </summary>
internal sealed record RenderInputs(SiteModel Site, TemplateSet Templates, AssetManifest Assets, DiagnosticBag Diagnostics)
{
    /// <summary>Stops rendering between pages and inside templates' loops (Ctrl+C, SIGTERM, serve's next change).</summary>
    public CancellationToken Cancel { get; init; }

    /// <summary>Which theme files each template renders through, with their hashes (the dependency record's theme part).</summary>
    public Record.TemplateDependencies? ThemeFiles { get; init; }

    /// <summary>Every page of every language, the default language's first.</summary>
    public IReadOnlyList<PageJob> Jobs() => Site.AllLanguages
        .SelectMany(language => new PageJobs(language, Views(language)).All()).ToList();

    /// <summary>The views of one language's pages, in its interface strings.</summary>
    public ViewFactory Views(SiteModel language) => new(language, StringsOf(language));

    public InterfaceStrings.LanguageStrings StringsOf(SiteModel language) => Templates.Strings.For(language.Language.Code, Site.Language.Code);

    public PageRenderer Renderer() => new(Site.Urls, Templates, Diagnostics, Site.Language.Code, Cancel);

    public IReadOnlyList<OutputFile> RenderAll() => Renderer().RenderAll(Jobs());
}
