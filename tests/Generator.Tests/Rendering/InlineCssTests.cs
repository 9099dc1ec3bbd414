using System.Text.RegularExpressions;
using Generator.Rendering;
using Generator.Tests.ExampleSite;
using Generator.Tests.Support;

namespace Generator.Tests.Rendering;

/// <summary>
/// <c>inline_css</c> writes a stylesheet of the theme into the page, so the first paint waits for no request. The
/// approval tests show it by name only (<see cref="InlineStyles"/>); here its text is held to the theme's file.
/// </summary>
public partial class InlineCssTests
{
    [Theory]
    [InlineData("index.html")]
    [InlineData("posts/amazon-anthropic-deal/index.html")]
    [InlineData("zh/index.html")]
    [InlineData("404.html")]
    public void Every_page_of_the_example_blog_carries_the_theme_stylesheets_as_they_are(string path)
    {
        var page = ExampleSiteApprovalTests.Files.Single(f => f.Path == path).Content;
        foreach (var name in new[] { "site.css", "glossary.css" })
        {
            var css = File.ReadAllText(Path.Combine(RepoRoot.Path, "templates/assets", name));
            page.ShouldContain($"<style data-asset=\"{name}\">{css}</style>");
        }
        // Nothing holds back the first paint: the print stylesheet only applies to print, scripts are deferred.
        StylesheetLinks().Matches(page).Select(m => m.Value).ShouldAllBe(link => link.Contains("media=\"print\""));
    }

    [Fact]
    public void A_stylesheet_cannot_end_its_style_element()
    {
        var css = "a::after { content: \"</style><script>alert(1)</script>\"; } /* </STYLE > */";

        var html = InlineCssFunction.Element("x.css", System.Text.Encoding.UTF8.GetBytes(css)).Value;

        html.ShouldBe("<style data-asset=\"x.css\">a::after { content: \"<\\/style><script>alert(1)</script>\"; } /* <\\/STYLE > */</style>");
        Regex.Matches(html, "</style", RegexOptions.IgnoreCase).Count.ShouldBe(1);
    }

    [Fact]
    public void A_byte_order_mark_is_not_written_into_the_page()
    {
        var html = InlineCssFunction.Element("x.css", [0xEF, 0xBB, 0xBF, (byte)'a', (byte)'{', (byte)'}']).Value;
        html.ShouldBe("<style data-asset=\"x.css\">a{}</style>");
    }

    [Fact]
    public void A_site_stylesheet_replaces_the_built_in_one_in_the_page()
    {
        using var site = new TestSite(withTheme: false);
        site.Post("2026-04-20-a.md", "A").Write("templates/assets/site.css", "body { color: teal; }");

        var result = site.Build(write: false);

        TestSite.Errors(result).ShouldBeEmpty();
        result.Files.Single(f => f.Path == "index.html").Content.ShouldContain("<style data-asset=\"site.css\">body { color: teal; }</style>");
    }

    [Theory]
    [InlineData("{{ inline_css 'missing.css' }}", "inline_css 'missing.css': there is no templates/assets/missing.css")]
    [InlineData("{{ inline_css 'follow.js' }}", "inline_css needs the name of a stylesheet of templates/assets/")]
    public void A_name_that_is_no_stylesheet_of_the_theme_is_an_error_at_the_template_line(string call, string message)
    {
        using var site = new TestSite(withTheme: false);
        site.Post("2026-04-20-a.md", "A").Write("templates/404.sbn-html", "<h1>Lost</h1>\n" + call + "\n");

        var errors = TestSite.Errors(site.Build(write: false)).ToList();

        errors.ShouldNotBeEmpty();
        errors.ShouldAllBe(e => e.Contains("templates/404.sbn-html:2:") && e.Contains(message));
    }

    [GeneratedRegex("<link rel=\"stylesheet\"[^>]*>")]
    private static partial Regex StylesheetLinks();
}
