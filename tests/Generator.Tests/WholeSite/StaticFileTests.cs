using Generator.Tests.Support;

namespace Generator.Tests.WholeSite;

public class StaticFileTests
{
    [Fact]
    public void Non_markdown_files_in_content_are_copied_and_images_get_their_size()
    {
        using var site = new TestSite();
        site.Write("content/images/chart.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 640 360\"></svg>")
            .Post("2026-04-01-a.md", "A", extra: "image:\n  src: /images/chart.svg\n  alt: A chart", body: "![Inline chart](/images/chart.svg)");
        site.Build().Succeeded.ShouldBeTrue();
        File.Exists(Path.Combine(site.Output, "images/chart.svg")).ShouldBeTrue();
        var html = site.ReadOutput("posts/a/index.html");
        html.ShouldContain("<img src=\"/ai-news/images/chart.svg\" loading=\"lazy\" decoding=\"async\" width=\"640\" height=\"360\" alt=\"Inline chart\" />");
        html.ShouldContain("<img src=\"/ai-news/images/chart.svg\" alt=\"A chart\" width=\"640\" height=\"360\" fetchpriority=\"high\">");
        // Social networks show no SVG, so the post shares its generated card instead.
        html.ShouldContain("<meta property=\"og:image\" content=\"https://example.github.io/ai-news/posts/a/card.png\">");
    }
}
