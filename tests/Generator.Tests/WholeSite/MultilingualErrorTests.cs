using Generator.Content;
using Generator.Tests.Support;

namespace Generator.Tests.WholeSite;

/// <summary>Bad input on a site of two languages: clear errors at the right place, and fallbacks with a warning.</summary>
public class MultilingualErrorTests
{
    [Theory]
    [InlineData("../posts")]
    [InlineData("tags")]
    [InlineData("a-folder-name-far-too-long-for-any-file-system-a-folder-name-far-too-long-for-any-file-system-a-folder-name-far-too-long-for-any-file-system-a-folder-name-far-too-long-for-any-file-system-a-folder-name-far-too-long")]
    public void A_language_folder_that_is_not_one_short_free_segment_is_an_error_at_its_value(string basePath)
    {
        using var site = new TestSite(MultilingualSite.Config.Replace("name: \"中文\"", $"name: \"中文\"\n    base_path: \"{basePath}\""));
        TestSite.Errors(site.Build(write: false))
            .ShouldContain(e => e.StartsWith($"site.yml:9:16: error GEN016: '{basePath.Trim('/')}' cannot be the folder of language 'zh'"));
    }

    [Fact]
    public void A_lang_that_site_yml_does_not_list_is_an_error_at_its_value()
    {
        using var site = new TestSite(MultilingualSite.Config);
        site.Post("2026-04-20-x.md", "X", extra: "lang: zhx");
        var result = site.Build(write: false);
        result.Succeeded.ShouldBeFalse();
        TestSite.Errors(result).ShouldBe([
            "content/posts/2026-04-20-x.md:5:7: error GEN032: unknown language 'zhx' (did you mean 'zh'?); the site's languages are listed in site.yml (en, zh)"]);
    }

    [Fact]
    public void A_translation_key_claimed_twice_in_one_language_is_an_error_in_both_files()
    {
        using var site = new TestSite(MultilingualSite.Config);
        site.Post("2026-04-20-a.zh.md", "甲", extra: "translation_key: deal")
            .Post("2026-04-21-b.md", "B", extra: "lang: zh\ntranslation_key: deal")
            .Post("2026-04-22-deal.md", "Deal");
        var result = site.Build(write: false);
        TestSite.Errors(result).ShouldBe([
            "content/posts/2026-04-20-a.zh.md:5:18: error GEN033: translation_key 'deal' is also claimed by content/posts/2026-04-21-b.md in language 'zh'; a translation key names one post per language",
            "content/posts/2026-04-21-b.md:6:18: error GEN033: translation_key 'deal' is also claimed by content/posts/2026-04-20-a.zh.md in language 'zh'; a translation key names one post per language",
        ]);
    }

    [Fact]
    public void A_missing_interface_string_falls_back_to_the_default_language_with_a_warning_naming_the_key()
    {
        using var site = MultilingualSite.Create();
        var zh = Path.Combine(site.Root, "templates/i18n/zh.yml");
        File.WriteAllLines(zh, File.ReadAllLines(zh).Where(l => !l.StartsWith("min_read:", StringComparison.Ordinal)));
        var result = site.Build(write: false);
        result.Succeeded.ShouldBeTrue();
        result.Diagnostics.Select(d => d.ToString()).ShouldBe([
            "templates/i18n/zh.yml:1:1: warning GEN034: interface string 'min_read' has no zh text in templates/i18n/zh.yml; zh pages show the en text"]);
        result.Files.Single(f => f.Path == "zh/posts/deal/index.html").Content.ShouldContain("1 min read");
    }

    [Fact]
    public void A_template_asking_for_a_string_no_language_has_shows_the_key_with_a_warning_at_the_template()
    {
        using var site = MultilingualSite.Create();
        site.Write("templates/404.sbn-html", "<h1>{{ t 'lost_page' }}</h1>\n");
        var result = site.Build(write: false);
        result.Diagnostics.Select(d => d.ToString()).ShouldBe([
            "templates/404.sbn-html:1:8: warning GEN034: interface string 'lost_page' is in no file of templates/i18n/; pages show the key itself"]);
        result.Files.Single(f => f.Path == "404.html").Content.ShouldContain("<h1>lost_page</h1>");
    }

    [Fact]
    public void Interface_strings_take_arguments_and_follow_the_page_language()
    {
        using var site = MultilingualSite.Create();
        site.Write("templates/page.sbn-html", "<p>{{ t 'page_of' 2 5 }}|{{ rel_lang_url '/tags/' }}</p>\n");
        var result = site.Build(write: false);
        result.Diagnostics.ShouldBeEmpty();
        result.Files.Single(f => f.Path == "about/index.html").Content.ShouldContain("<p>Page 2 of 5|/ai-news/tags/</p>");
        result.Files.Single(f => f.Path == "zh/about/index.html").Content.ShouldContain("<p>第 2 页，共 5 页|/ai-news/zh/tags/</p>");
    }

    [Fact]
    public void A_page_slug_that_is_another_languages_folder_is_an_error()
    {
        using var site = new TestSite(MultilingualSite.Config);
        site.Write("content/pages/zh.md", "---\ntitle: Chinese\n---\nText.\n");
        TestSite.Errors(site.Build(write: false)).ShouldHaveSingleItem().ShouldContain("error GEN011: page slug 'zh' is the folder of another language");
    }

    [Fact]
    public void A_tag_translation_naming_an_unused_tag_is_a_warning()
    {
        using var site = new TestSite(MultilingualSite.Config.Replace("zh: \"芯片\"", "zh: \"芯片组\""));
        site.Post("2026-04-20-deal.md", "Deal", extra: "tags: [\"Chips\"]");
        var result = site.Build(write: false);
        result.Diagnostics.Where(d => d.Severity == Severity.Warning).Select(d => d.ToString()).ShouldBe([
            "site.yml:16:5: warning GEN016: tag_translations names the zh tag '芯片组', but no zh post has that tag; check its spelling"]);
    }
}
