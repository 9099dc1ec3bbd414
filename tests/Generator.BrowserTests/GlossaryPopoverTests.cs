using Generator.BrowserTests.Support;

namespace Generator.BrowserTests;

/// <summary>A glossary term in a post shows its short definition on focus and hover (templates/assets/glossary.js).</summary>
[Collection(ExampleSiteCollection.Name)]
public sealed class GlossaryPopoverTests(ExampleSite site, BrowserFixture browser)
    : BrowserTest(browser), IClassFixture<BrowserFixture>
{
    private const string Post = "posts/amazon-anthropic-deal/";

    [BrowserFact]
    public async Task Focusing_a_term_shows_its_definition_as_a_tooltip_that_describes_the_link()
    {
        var page = await OpenPostAsync();
        var term = FirstTerm(page);
        var definition = await term.GetAttributeAsync("data-short");
        definition.ShouldNotBeNullOrWhiteSpace();
        var popover = page.GetByRole(AriaRole.Tooltip);
        await Expect(popover).ToBeHiddenAsync();

        await term.FocusAsync();

        await Expect(term).ToBeFocusedAsync();
        await Expect(popover).ToBeVisibleAsync();
        await Expect(popover).ToHaveTextAsync(definition);
        await Expect(term).ToHaveAttributeAsync("aria-describedby", "glossary-popover");
        await Expect(term).ToHaveAccessibleDescriptionAsync(definition);
    }

    [BrowserFact]
    public async Task Escape_hides_the_definition_and_keeps_the_focus_on_the_term()
    {
        var page = await OpenPostAsync();
        var term = FirstTerm(page);
        await term.FocusAsync();
        var popover = page.GetByRole(AriaRole.Tooltip);
        await Expect(popover).ToBeVisibleAsync();

        await page.Keyboard.PressAsync("Escape");

        await Expect(popover).ToBeHiddenAsync();
        await Expect(term).Not.ToHaveAttributeAsync("aria-describedby", "glossary-popover");
        await Expect(term).ToBeFocusedAsync();
    }

    [BrowserFact]
    public async Task Hovering_a_term_shows_its_definition_next_to_it()
    {
        var page = await OpenPostAsync();
        var term = FirstTerm(page);
        var definition = (await term.GetAttributeAsync("data-short"))!;

        await term.HoverAsync();

        var popover = page.GetByRole(AriaRole.Tooltip);
        await Expect(popover).ToBeVisibleAsync();
        await Expect(popover).ToHaveTextAsync(definition);
        var link = (await term.BoundingBoxAsync())!;
        var tip = (await popover.BoundingBoxAsync())!;
        tip.Y.ShouldBeGreaterThanOrEqualTo(link.Y + link.Height, "the definition opens below the term");
        tip.Y.ShouldBeLessThan(link.Y + link.Height + 50, "the definition opens right below the term");
    }

    [BrowserFact]
    public async Task Without_javascript_a_term_is_a_plain_link_to_its_glossary_page()
    {
        var page = await NewPageAsync(new() { JavaScriptEnabled = false });
        await page.GotoAsync(site.Url(Post));
        var term = FirstTerm(page);
        var href = (await term.GetAttributeAsync("href"))!;
        href.ShouldStartWith(ExampleSite.BasePath + "glossary/");
        var name = (await term.TextContentAsync())!;

        await term.ClickAsync();

        await Expect(page).ToHaveURLAsync(site.Resolve(href));
        await Expect(page.Locator("h1")).ToContainTextAsync(name, new() { IgnoreCase = true });
        await Expect(page.GetByRole(AriaRole.Tooltip)).ToHaveCountAsync(0);
    }

    private async Task<IPage> OpenPostAsync()
    {
        var page = await NewPageAsync();
        await page.GotoAsync(site.Url(Post));
        return page;
    }

    private static ILocator FirstTerm(IPage page) => page.Locator("main a.glossary-term[data-short]").First;
}
