using Generator.Rendering;
using Generator.Site;

namespace Generator.Output;

/// <summary>
/// Every file of the site besides its pages and theme assets: each language's feeds and search index, the follow index,
/// the sitemap, robots.txt and the GitHub Pages files. None needs a rendered page, only the pages' output paths (for
/// the sitemap), so a build can make them, and check every output path for collisions, before it renders a page.
/// </summary>
internal static class SiteFiles
{
    /// <param name="pagePaths">The output path of every page the build renders.</param>
    public static IReadOnlyList<OutputFile> Write(SiteModel site, RenderInputs inputs, IReadOnlyList<string> pagePaths)
    {
        var files = new List<OutputFile>();
        foreach (var language in site.AllLanguages)
        {
            inputs.Cancel.ThrowIfCancellationRequested();
            files.AddRange(FeedWriter.All(language, inputs.StringsOf(language)));
            files.Add(SearchIndex.Write(language));
            // "Your interests" and "For you" in the language of the page: its topics' names, its posts and dates.
            files.Add(FollowIndex.Write(language, new ViewFactory(language, inputs.StringsOf(language))));
        }
        files.Add(Sitemap.Write(site, pagePaths)); // lists the HTML pages, which are all among the pages
        files.Add(RobotsTxt.Write(site));
        files.AddRange(PagesFiles.Write(site.Config));
        return files;
    }
}
