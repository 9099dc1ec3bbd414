using System.Text.RegularExpressions;

namespace Generator.Tests.Support;

/// <summary>
/// Approved pages show a stylesheet the theme writes into the page (<c>inline_css</c>) by its name only. Its text is
/// the theme's file, which <c>Rendering/InlineCssTests</c> compares with the page; 23 KB of it in every approved page
/// would bury each page's own changes and turn every edit of site.css into a diff of every snapshot.
/// </summary>
public static partial class InlineStyles
{
    public static string Scrub(string html) =>
        Element().Replace(html, match => $"<style data-asset=\"{match.Groups["name"].Value}\">/* the theme's {match.Groups["name"].Value} */</style>");

    [GeneratedRegex("<style data-asset=\"(?<name>[^\"]+)\">.*?</style>", RegexOptions.Singleline)]
    private static partial Regex Element();
}
