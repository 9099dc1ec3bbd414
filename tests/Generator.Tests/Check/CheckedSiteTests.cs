using System.Collections.Concurrent;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Generator.Check;
using Generator.Rendering;
using Generator.Tests.Support;

namespace Generator.Tests.Check;

/// <summary>
/// check reads each page as it is rendered and keeps only what its checks need; nothing of the site is held the way a
/// build that writes holds nothing. What it keeps of a page is what the page's DOM says, for every page of the
/// example blog (the oracle: the DOM queries check used to run on pages it kept).
/// </summary>
public sealed class CheckedSiteTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("newsgen-checked-").FullName;

    public CheckedSiteTests() => RepoRoot.CopySite(root);

    public void Dispose() => Directory.Delete(root, recursive: true);

    private BuildOptions Options => new(root, Path.Combine(root, "_site"), Now: new DateTimeOffset(2026, 5, 1, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public void An_inspecting_build_hands_over_every_file_once_and_keeps_none()
    {
        var seen = new ConcurrentBag<string>();

        var result = SiteBuild.Inspect(Options, file => seen.Add(file.Path));

        result.Succeeded.ShouldBeTrue(string.Join("\n", result.Diagnostics));
        result.Files.ShouldBeEmpty();
        seen.Order(StringComparer.Ordinal).ShouldBe(result.Paths.Order(StringComparer.Ordinal));
        result.Site!.Posts.ShouldAllBe(p => p.Article.Body.Length == 0); // the Markdown is read again from the files
        result.Paths.Count(p => p.EndsWith(".html", StringComparison.Ordinal)).ShouldBeGreaterThan(50);
    }

    [Fact]
    public void What_check_keeps_of_each_page_is_what_the_pages_dom_says()
    {
        var pages = SiteBuild.InMemory(Options).Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)).ToList();
        var strings = new ConcurrentDictionary<string, string>();
        pages.Count.ShouldBeGreaterThan(50);
        foreach (var page in pages)
        {
            var facts = CheckedPage.Read(page.Path, page.Content, strings);
            var dom = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true }).ParseDocument(page.Content);

            facts.Ids.ShouldBe(dom.QuerySelectorAll("[id], a[name]").Select(e => e.Id ?? e.GetAttribute("name") ?? "")
                .Where(id => id.Length > 0).ToHashSet(), ignoreOrder: true, page.Path);
            facts.References.ShouldBe([
                .. dom.QuerySelectorAll("a[href], link[href], area[href]").Select(e =>
                    new PageReference(e.GetAttribute("href"), e.LocalName == "a" ? ReferenceKind.Anchor : ReferenceKind.OtherLink, false, At(e))),
                .. dom.QuerySelectorAll("img, script[src], source[src], video[src], audio[src]").Select(e => e.LocalName == "img"
                    ? new PageReference(e.GetAttribute("src"), ReferenceKind.Image,
                        e.GetAttribute("role") != "presentation" && e.GetAttribute("aria-hidden") != "true" && string.IsNullOrWhiteSpace(e.GetAttribute("alt")), At(e))
                    : new PageReference(e.GetAttribute("src"), ReferenceKind.Media, false, At(e))),
            ], page.Path);
            facts.Title.ShouldBe(Element(dom.QuerySelector("head > title"), e => e.TextContent), page.Path);
            facts.Description.ShouldBe(Element(dom.QuerySelector("meta[name=description]"), e => e.GetAttribute("content")), page.Path);
            facts.SocialImage.ShouldBe(Element(dom.QuerySelector("meta[property='og:image']"), e => e.GetAttribute("content")), page.Path);
        }
        // Text many pages share is kept once: the theme's ids and navigation links.
        strings.Count.ShouldBeLessThan(pages.Sum(p => CheckedPage.Read(p.Path, p.Content, new()).References.Count) / 4);
    }

    private static PagePosition At(IElement element) => new(element.SourceReference!.Position.Line, element.SourceReference.Position.Column);

    private static PageElement? Element(IElement? element, Func<IElement, string?> text) => element is null ? null : new PageElement(text(element), At(element));
}
