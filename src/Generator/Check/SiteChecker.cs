using Generator.Content;

namespace Generator.Check;

/// <summary>What <c>check</c> found: diagnostics in the project's format, and the external URLs the site links to.</summary>
internal sealed record CheckReport(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<ExternalUrl> ExternalUrls, int PageCount)
{
    public int Errors => Diagnostics.Count(d => d.Severity == Severity.Error);

    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning);
}

/// <summary>
/// <c>check</c>: builds the site in memory (nothing is written) and inspects every output page with AngleSharp, each as
/// it is rendered (<see cref="CheckedSite.Collector"/>). Build diagnostics come first; the findings are reported only
/// when the build succeeded.
/// </summary>
internal static class SiteChecker
{
    public static CheckReport Run(BuildOptions options)
    {
        // Each page is read for what the checks need as it renders, and dropped, as build writes and drops it.
        var collector = new CheckedSite.Collector();
        var result = SiteBuild.Inspect(options, collector.Add);
        if (!result.Succeeded) return new CheckReport(result.Diagnostics, [], 0);

        options.Cancel.ThrowIfCancellationRequested();
        var site = collector.Finish(Path.GetFullPath(options.SourceRoot), result.Site!, result.Paths, result.Assets);
        var findings = new FindingSink(site);
        var links = new LinkCheck(site, findings);
        links.Run(options.Cancel);
        var content = new ContentCheck(site, findings);
        content.PostsWithoutSummary();
        content.TitlesAndDescriptions();
        content.DuplicateTitles();
        content.UnusedTerms(links.LinkedFromPosts, () => UnpublishedTermUse.TermFiles(options));
        content.TermsInPostsWithoutLinking();
        options.Cancel.ThrowIfCancellationRequested();
        new PlaceholderCheck(site, findings).Run();
        new SocialImageCheck(site, findings).SvgImages();
        return new CheckReport(result.Diagnostics.Concat(findings.All()).ToList(), links.ExternalUrls, site.Pages.Count);
    }
}
