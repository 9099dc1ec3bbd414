using Generator.BrowserTests.Support;

namespace Generator.BrowserTests;

/// <summary>
/// The header at every width from 300 to 1920 px, in both languages, on a grown <c>init</c> blog (long title, six-item
/// menu, 中文): nothing scrolls sideways or sticks out, phones and tablets keep one compact row, wide screens show the
/// whole navigation. ../shared/tools/validate-site.sh's <c>overflow</c> sweeps the example blog in CI; this sweeps the
/// header of the blogs that users grow.
/// </summary>
public sealed class HeaderSweepTests(GrownInitSite site, BrowserFixture browser)
    : BrowserTest(browser), IClassFixture<BrowserFixture>, IClassFixture<GrownInitSite>
{
    /// <summary>Every 20 px, plus the widths of common phones, tablets and laptops.</summary>
    private static readonly int[] Widths = [.. Enumerable.Range(0, 82).Select(i => 300 + i * 20)
        .Concat([320, 360, 375, 390, 393, 412, 414, 430, 768, 810, 820, 834, 1023, 1024, 1080, 1180, 1279, 1280, 1366, 1440, 1536])
        .Where(w => w <= 1920).Distinct().Order()];

    /// <summary>Below this width the theme shows the compact header (title, Menu, search, language).</summary>
    private const int Compact = 1024;

    /// <summary>Measured in the page: the document's widths, the header row's height, what in the header ends past
    /// the right edge or is cut off by the title's clamp, and whether the Menu button and the inline links show.</summary>
    private const string Measure = """
        () => {
          const vw = document.documentElement.clientWidth;
          const row = document.querySelector('.header-row');
          const out = [...row.querySelectorAll('*')].filter(e => {
            const r = e.getBoundingClientRect();
            return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden' && (r.right > vw + 1 || r.left < -1);
          }).map(e => e.tagName.toLowerCase() + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right));
          const shown = e => e && e.getBoundingClientRect().width > 0 && getComputedStyle(e).visibility !== 'hidden';
          return {
            viewport: vw, scroll: document.documentElement.scrollWidth, row: row.getBoundingClientRect().height,
            outside: out.join(', '), menuButton: shown(row.querySelector('.menu-button')),
            inlineLinks: [...row.querySelectorAll('.site-nav a')].filter(shown).length,
            language: shown(row.querySelector('.language-switch a')),
          };
        }
        """;

    [BrowserTheory]
    [InlineData("", true)]
    [InlineData("zh/", true)]
    [InlineData("", false)]
    [InlineData("zh/", false)]
    public async Task The_header_holds_at_every_width_from_300_to_1920_px(string path, bool javaScript)
    {
        var failures = new List<string>();
        foreach (var phone in new[] { true, false })
        {
            var widths = Widths.Where(w => phone ? w < 820 : w >= 600).ToList();
            var page = await NewPageAsync(new()
            {
                ViewportSize = new() { Width = widths[0], Height = 844 }, IsMobile = phone, HasTouch = phone, JavaScriptEnabled = javaScript,
            });
            await page.GotoAsync(site.Url(path));
            foreach (var width in widths)
            {
                await page.SetViewportSizeAsync(width, 844);
                // The page handles the resize in its next frame, as a reader's browser does before painting it (without
                // JavaScript there is no handler, and no frame callback would ever run).
                if (javaScript) await page.EvaluateAsync("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
                var m = await page.EvaluateAsync<HeaderMeasure>(Measure);
                var where = $"/{path} at {width} px ({(phone ? "phone" : "window")}, JavaScript {(javaScript ? "on" : "off")})";
                if (m.Scroll > m.Viewport + 1) failures.Add($"{where}: the page is {m.Scroll} px wide");
                if (m.Outside.Length > 0) failures.Add($"{where}: sticks out: {m.Outside}");
                if (!m.Language) failures.Add($"{where}: the language switch is hidden");
                // Phones: one row of at most 64 px; wider, a two-line title at the larger size may take 80.
                var tallest = width < 768 ? 64 : javaScript || width < Compact ? 80 : double.MaxValue;
                if (m.Row > tallest) failures.Add($"{where}: the header row is {m.Row} px tall");
                if (width < Compact && !m.MenuButton) failures.Add($"{where}: no Menu button");
                // From 64rem the menu shows whole in the row, or behind the Menu button when it does not fit: never cut.
                if (width >= Compact && !m.MenuButton && m.InlineLinks < 6) failures.Add($"{where}: {m.InlineLinks} of 6 menu links show");
                if (width >= Compact && !javaScript && m.MenuButton) failures.Add($"{where}: without JavaScript the menu is hidden behind a button");
            }
        }
        failures.ShouldBeEmpty();
    }

    [BrowserFact]
    public async Task On_a_wide_screen_a_long_title_stays_whole_and_a_menu_that_cannot_fit_beside_it_folds_behind_the_Menu_button()
    {
        var page = await NewPageAsync(new() { ViewportSize = new() { Width = 1440, Height = 900 } });
        await page.GotoAsync(site.Home.ToString());
        var clipped = await page.EvaluateAsync<bool>("() => { const t = document.querySelector('.site-title'); return t.scrollHeight > t.clientHeight + 1; }");
        clipped.ShouldBeFalse("a 1440 px window shows the whole title");

        var menu = page.Locator("summary.menu-button");
        await Expect(menu).ToBeVisibleAsync();
        await menu.ClickAsync();
        foreach (var label in new[] { "Tags", "Glossary", "Search", "About", "Newsletter archive", "Contact the editors" })
            await Expect(page.Locator(".site-nav").GetByRole(AriaRole.Link, new() { Name = label, Exact = true })).ToBeVisibleAsync();
    }

    [BrowserFact]
    public async Task On_a_phone_the_long_title_keeps_its_full_text_as_the_links_name()
    {
        var phone = await NewPageAsync(new() { ViewportSize = new() { Width = 360, Height = 800 }, IsMobile = true, HasTouch = true });
        await phone.GotoAsync(site.Home.ToString());
        await Expect(phone.GetByRole(AriaRole.Link, new() { Name = GrownInitSite.Title, Exact = true })).ToBeVisibleAsync();
    }

    /// <summary>Playwright fills the properties of a class with a parameterless constructor.</summary>
    private sealed class HeaderMeasure
    {
        public double Viewport { get; set; }
        public double Scroll { get; set; }
        public double Row { get; set; }
        public string Outside { get; set; } = "";
        public bool MenuButton { get; set; }
        public int InlineLinks { get; set; }
        public bool Language { get; set; }
    }
}
