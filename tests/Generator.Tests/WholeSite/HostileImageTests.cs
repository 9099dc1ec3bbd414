using Generator.Tests.Support;
using SkiaSharp;

namespace Generator.Tests.WholeSite;

/// <summary>
/// Images that are cut short or have no pixels get the documented warning at the image (GEN036: published as they are,
/// without responsive copies), never an unexpected failure at site.yml:1:1; an image over the pixel limit is an error at
/// the image (GEN037, for build and check), found by the pixel count in its header, before any decoding.
/// </summary>
public class HostileImageTests
{
    private static (TestSite Site, Generator.BuildResult Result) Build(string name, byte[] image)
    {
        var site = new TestSite();
        site.WriteBytes("content/images/" + name, image).Post("2026-04-01-a.md", "A", body: $"![Picture](/images/{name})");
        return (site, site.BuildWithin());
    }

    private static void ShouldWarnAtTheImage(string name, byte[] image, string problem)
    {
        var (site, result) = Build(name, image);
        using (site)
        {
            result.Succeeded.ShouldBeTrue(string.Join("\n", result.Diagnostics));
            result.Diagnostics.Select(d => d.ToString()).ShouldBe([$"content/images/{name}:1:1: warning GEN036: no responsive copies made: {problem}"]);
            File.Exists(Path.Combine(site.Output, "images", name)).ShouldBeTrue(); // published as it is
            Directory.GetFiles(Path.Combine(site.Output, "images"), "*w.webp").ShouldBeEmpty(); // no photo-480w.webp …
        }
    }

    private static void ShouldBeOverTheLimitAtTheImage(string name, byte[] image, string size)
    {
        var expected = $"content/images/{name}:1:1: error GEN037: it is {size} pixels, over the limit of 100 megapixels; scale it down before adding it";
        var (site, result) = Build(name, image);
        using (site)
        {
            result.Succeeded.ShouldBeFalse();
            result.Diagnostics.Select(d => d.ToString()).ShouldBe([expected]);
            Directory.Exists(site.Output).ShouldBeFalse(); // a failed first build writes nothing
            site.Check().Diagnostics.Select(d => d.ToString()).ShouldContain(expected);
        }
    }

    [Fact]
    public void A_74_byte_png_claiming_100000_by_100000_pixels_is_refused_by_its_size()
    {
        var png = HostileImages.Png(100_000, 100_000);
        png.Length.ShouldBeLessThan(80);
        ShouldBeOverTheLimitAtTheImage("huge.png", png, "100,000 × 100,000");
    }

    [Fact]
    public void A_truncated_jpeg_claiming_30000_squared_pixels_is_refused_by_its_size() =>
        ShouldBeOverTheLimitAtTheImage("cut.jpg", HostileImages.TruncatedJpeg(30_000, 30_000), "30,000 × 30,000");

    [Fact]
    public void A_truncated_webp_is_a_warning_at_the_image() =>
        ShouldWarnAtTheImage("cut.webp", HostileImages.TruncatedWebP(), "not an image SkiaSharp can decode");

    [Fact]
    public void A_png_of_zero_by_zero_pixels_is_a_warning_at_the_image_and_gets_no_size_on_the_page()
    {
        ShouldWarnAtTheImage("empty.png", HostileImages.Png(0, 0), "its header gives no usable pixel size (0 × 0, or not a PNG, JPEG or WebP header)");
        var (site, _) = Build("empty.png", HostileImages.Png(0, 0));
        using (site) site.ReadOutput("posts/a/index.html").ShouldContain("<img src=\"/ai-news/images/empty.png\" loading=\"lazy\" decoding=\"async\" alt=\"Picture\" />");
    }

    [Fact]
    public void A_decompression_bomb_of_20000_squared_pixels_is_refused_before_decoding()
    {
        var bomb = HostileImages.Bomb(20_000, 20_000);
        bomb.Length.ShouldBeLessThan(3_000_000); // 1.2 GB of pixels
        ShouldBeOverTheLimitAtTheImage("bomb.png", bomb, "20,000 × 20,000");
    }

    [Fact]
    public void The_bomb_builder_makes_pngs_that_decode()
    {
        using var bitmap = SKBitmap.Decode(HostileImages.Bomb(300, 200));
        bitmap.ShouldNotBeNull();
        (bitmap.Width, bitmap.Height).ShouldBe((300, 200));
        bitmap.GetPixel(150, 100).ShouldBe(SKColors.Black);
    }
}
