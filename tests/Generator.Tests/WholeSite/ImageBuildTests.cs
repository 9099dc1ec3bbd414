using Generator.Check;
using Generator.Content;
using Generator.Tests.Support;
using SkiaSharp;

namespace Generator.Tests.WholeSite;

public class ImageBuildTests
{
    public static byte[] Png(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap)) canvas.Clear(SKColors.SteelBlue);
        using var data = SKImage.FromBitmap(bitmap).Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    private static (int Width, int Height) SizeOf(string path)
    {
        using var codec = SKCodec.Create(path);
        return (codec.Info.Width, codec.Info.Height);
    }

    [Fact]
    public void Raster_images_get_webp_copies_in_three_widths_and_a_srcset()
    {
        using var site = new TestSite();
        site.WriteBytes("content/images/photo.png", Png(1600, 900))
            .Post("2026-04-01-a.md", "A", extra: "image:\n  src: /images/photo.png\n  alt: A photo", body: "![Inline](/images/photo.png)");
        site.Build().Succeeded.ShouldBeTrue();
        foreach (var width in new[] { 480, 960, 1440 })
        {
            var file = Path.Combine(site.Output, $"images/photo-{width}w.webp");
            File.Exists(file).ShouldBeTrue();
            SizeOf(file).ShouldBe((width, (int)Math.Round(900.0 * width / 1600)));
        }
        const string srcset = "srcset=\"/ai-news/images/photo-480w.webp 480w, /ai-news/images/photo-960w.webp 960w, /ai-news/images/photo-1440w.webp 1440w\"";
        var post = site.ReadOutput("posts/a/index.html");
        post.ShouldContain("<img src=\"/ai-news/images/photo.png\" alt=\"A photo\" width=\"1600\" height=\"900\" " + srcset);
        post.ShouldContain("<img src=\"/ai-news/images/photo.png\" loading=\"lazy\" decoding=\"async\" width=\"1600\" height=\"900\" "
            + srcset + " sizes=\"" + Generator.Markdown.ImageLoadingExtension.BodySizes + "\" alt=\"Inline\" />");
        // A raster image is shared as it is: no card is made for it.
        post.ShouldContain("<meta property=\"og:image\" content=\"https://example.github.io/ai-news/images/photo.png\">");
        post.ShouldContain("<meta property=\"og:image:width\" content=\"1600\">");
        File.Exists(Path.Combine(site.Output, "posts/a/card.png")).ShouldBeFalse();
        site.ReadOutput("index.html").ShouldContain(srcset);
    }

    [Fact]
    public void A_small_image_is_never_scaled_up()
    {
        using var site = new TestSite();
        site.WriteBytes("content/images/icon.png", Png(300, 200)).Post("2026-04-01-a.md", "A", body: "![Icon](/images/icon.png)");
        site.Build().Succeeded.ShouldBeTrue();
        SizeOf(Path.Combine(site.Output, "images/icon-300w.webp")).ShouldBe((300, 200));
        File.Exists(Path.Combine(site.Output, "images/icon-480w.webp")).ShouldBeFalse();
        site.ReadOutput("posts/a/index.html").ShouldContain("srcset=\"/ai-news/images/icon-300w.webp 300w\"");
    }

    [Fact]
    public void Posts_without_a_raster_image_share_a_generated_1200_by_630_card()
    {
        using var site = new TestSite();
        site.Post("2026-04-01-a.md", "A headline long enough to wrap over more than one line of the social card", extra: "category: tech");
        site.Build().Succeeded.ShouldBeTrue();
        var card = Path.Combine(site.Output, "posts/a/card.png");
        SizeOf(card).ShouldBe((1200, 630));
        var html = site.ReadOutput("posts/a/index.html");
        html.ShouldContain("<meta property=\"og:image\" content=\"https://example.github.io/ai-news/posts/a/card.png\">");
        html.ShouldContain("<meta property=\"og:image:width\" content=\"1200\">");
        html.ShouldContain("<meta property=\"og:image:height\" content=\"630\">");
        html.ShouldContain("<meta name=\"twitter:image\" content=\"https://example.github.io/ai-news/posts/a/card.png\">");
        html.ShouldContain("<meta name=\"twitter:image:alt\" content=\"A headline long enough");
    }

    [Fact]
    public void A_rebuild_reuses_cached_images_and_writes_nothing_outside_the_site()
    {
        using var site = new TestSite();
        site.WriteBytes("content/images/photo.png", Png(1000, 500)).Post("2026-04-01-a.md", "A", body: "![P](/images/photo.png)");
        site.Build().Succeeded.ShouldBeTrue();
        var cache = Path.Combine(site.Root, ".cache", "images");
        var first = Directory.GetFiles(cache).ToDictionary(f => f, File.GetLastWriteTimeUtc);
        first.Count.ShouldBeGreaterThan(0);
        Thread.Sleep(20);
        site.Build().Succeeded.ShouldBeTrue();
        Directory.GetFiles(cache).ToDictionary(f => f, File.GetLastWriteTimeUtc).ShouldBe(first);
        File.Exists(Path.Combine(site.Output, "posts/a/card.png")).ShouldBeTrue();
    }

    [Fact]
    public void A_site_without_raster_images_does_no_image_work_in_memory()
    {
        using var site = new TestSite();
        site.Post("2026-04-01-a.md", "A");
        var result = site.Build(write: false);
        result.Images.ShouldBeEmpty();
        Directory.Exists(Path.Combine(site.Root, ".cache")).ShouldBeFalse();
    }

    [Fact]
    public void Check_warns_when_a_post_would_share_an_svg()
    {
        using var site = new TestSite(TestSite.DefaultConfig + "\nsocial_cards: false\n");
        site.Write("content/images/chart.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 640 360\"></svg>")
            .Post("2026-04-01-a.md", "A", extra: "summary: S\nimage:\n  src: /images/chart.svg\n  alt: A chart");
        var report = SiteChecker.Run(new BuildOptions(site.Root, site.Output));
        var finding = report.Diagnostics.Where(d => d.Code == CheckCodes.SvgSocialImage).ShouldHaveSingleItem();
        finding.Severity.ShouldBe(Severity.Warning);
        finding.At.Path.ShouldBe("content/posts/2026-04-01-a.md");
    }
}
