using Generator.Content;

namespace Generator.Check;

/// <summary>What <c>check</c> found: diagnostics in the project's format, and the external URLs the site links to.</summary>
public sealed record CheckReport(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<ExternalUrl> ExternalUrls, int PageCount)
{
    public int Errors => Diagnostics.Count(d => d.Severity == Severity.Error);

    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning);
}

/// <summary>
/// <c>check</c>: builds the site in memory (nothing is written) and inspects every output page with AngleSharp.
/// Build diagnostics come first; the output is only inspected when the build succeeded.
/// </summary>
public static class SiteChecker
{
    public static CheckReport Run(BuildOptions options)
    {
        var result = SiteBuild.Run(options, write: false);
        if (!result.Succeeded) return new CheckReport(result.Diagnostics, [], 0);

        var site = CheckedSite.Parse(Path.GetFullPath(options.SourceRoot), result.Site!, result.Files, result.Assets);
        var findings = new FindingSink(site);
        var links = new LinkCheck(site, findings);
        links.Run();
        var content = new ContentCheck(site, findings);
        content.PostsWithoutSummary();
        content.TitlesAndDescriptions();
        content.DuplicateTitles();
        content.UnusedTerms(links.LinkedFromPosts, () => UnpublishedTermUse.TermFiles(options));
        content.TermsInPostsWithoutLinking();
        new PlaceholderCheck(site, findings).Run();
        new SocialImageCheck(site, findings).SvgImages();
        return new CheckReport(result.Diagnostics.Concat(findings.All()).ToList(), links.ExternalUrls, site.Pages.Count);
    }
}
