using Generator.Markdown;

namespace Generator.Tests.Markdown;

/// <summary>Heading ids keep the letters and digits of every script, as GitHub and Hugo do, and stay unique.</summary>
public class HeadingIdTests
{
    private static List<string> Ids(string markdown) => new MarkdownConverter("/").Convert(markdown).Headings.Select(h => h.Id).ToList();

    [Fact]
    public void Chinese_headings_keep_their_characters_and_drop_punctuation() =>
        Ids("## 为什么重要？\n\n## 亚马逊 和 Anthropic：交易\n").ShouldBe(["为什么重要", "亚马逊-和-anthropic交易"]);

    [Fact]
    public void Repeated_Chinese_headings_get_unique_ids() =>
        Ids("## 背景\n\n## 背景\n\n## 背景\n").ShouldBe(["背景", "背景-1", "背景-2"]);

    [Fact]
    public void Latin_headings_keep_the_ids_they_always_had() =>
        Ids("## Why it matters\n\n## Chips & policy: what's next?\n\n## 2026 outlook\n").ShouldBe(["why-it-matters", "chips-policy-whats-next", "outlook"]);

    [Fact]
    public void Accented_letters_are_kept_as_written() =>
        Ids("## Café culture\n").ShouldBe(["café-culture"]);

    [Fact]
    public void A_Chinese_permalink_links_its_own_id() =>
        new MarkdownConverter("/").Convert("## 数据\n").Html.ShouldContain("<h2 id=\"数据\">数据 <a class=\"heading-anchor\" href=\"#%E6%95%B0%E6%8D%AE\">");
}
