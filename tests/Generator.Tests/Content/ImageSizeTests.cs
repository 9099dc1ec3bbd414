using Generator.Content;

namespace Generator.Tests.Content;

public class ImageSizeTests
{
    [Fact]
    public void Png_size_comes_from_the_ihdr_chunk()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R', 0, 0, 3, 0x20, 0, 0, 1, 0xC2];
        ImageSize.Raster(png).ShouldBe((800, 450));
    }

    [Fact]
    public void Gif_size_comes_from_the_screen_descriptor() =>
        ImageSize.Raster([.. "GIF89a"u8, 0x40, 0x01, 0xF0, 0x00]).ShouldBe((320, 240));

    [Fact]
    public void Jpeg_size_comes_from_the_start_of_frame_marker()
    {
        byte[] jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x04, 0x00, 0x00, 0xFF, 0xC0, 0x00, 0x11, 0x08, 0x01, 0x2C, 0x02, 0x58, 0x03, 0, 0, 0, 0];
        ImageSize.Raster(jpeg).ShouldBe((600, 300));
    }

    [Theory]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"800\" height=\"420\">", 800, 420)]
    [InlineData("<svg viewBox=\"0 0 64 32\">", 64, 32)]
    [InlineData("<?xml version=\"1.0\"?><svg width='10px' height='20px'>", 10, 20)]
    public void Svg_size_comes_from_width_and_height_or_the_view_box(string svg, int width, int height) =>
        ImageSize.Svg(svg).ShouldBe((width, height));

    [Fact]
    public void Unknown_format_has_no_size() => ImageSize.Raster("hello world"u8).ShouldBeNull();

    [Fact]
    public void A_header_without_pixels_has_no_size()
    {
        ImageSize.Raster(Support.HostileImages.Png(0, 0)).ShouldBeNull();
        ImageSize.Raster(Support.HostileImages.Png(-5, 10)).ShouldBeNull(); // past 2^31 in the header
        ImageSize.Raster(Support.HostileImages.Png(100_000, 100_000)).ShouldBe((100_000, 100_000)); // a size, refused later
    }
}
