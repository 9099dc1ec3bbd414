using Generator.Content;
using Generator.Rendering;

namespace Generator.Output;

/// <summary>
/// The files GitHub Pages reads at the root of the published folder, whatever the base path:
/// <c>.nojekyll</c> (empty) tells Pages not to run Jekyll over the site, so folders and files starting with '_' are
/// served as they are; <c>CNAME</c> (the custom domain and a newline) is written when site.yml sets <c>cname</c>.
/// A deployment from GitHub Actions takes its custom domain from the repository's Pages settings instead, but the file
/// keeps the site right when it is published from a branch.
/// </summary>
internal static class PagesFiles
{
    public const string NoJekyll = ".nojekyll";

    public const string Cname = "CNAME";

    public static IReadOnlyList<OutputFile> Write(SiteConfig config) =>
        config.Cname is { } host ? [new(NoJekyll, ""), new(Cname, host + "\n")] : [new(NoJekyll, "")];
}
