using System.Text;
using Generator.Content;
using Generator.Tests.Support;

namespace Generator.Tests.Content;

public class SourceFileTests
{
    [Fact]
    public void Bom_and_crlf_line_endings_are_normalised()
    {
        using var site = new TestSite(config: null, withTheme: false);
        site.WriteBytes("a.md", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("---\r\ntitle: A\r\n---\r\nBody\r\n")]);
        var file = SourceFile.Read(site.Root, Path.Combine(site.Root, "a.md"), new DiagnosticBag());
        file!.Text.ShouldBe("---\ntitle: A\n---\nBody\n");
        file.RelativePath.ShouldBe("a.md");
    }

    [Fact]
    public void Invalid_utf8_is_an_error_at_the_bad_byte()
    {
        using var site = new TestSite(config: null, withTheme: false);
        site.WriteBytes("content/posts/bad.md", [.. Encoding.UTF8.GetBytes("---\ntitle: é"), 0xFF, .. Encoding.UTF8.GetBytes("\n---\n")]);
        var diagnostics = new DiagnosticBag();
        SourceFile.Read(site.Root, Path.Combine(site.Root, "content/posts/bad.md"), diagnostics).ShouldBeNull();
        diagnostics.All.ShouldHaveSingleItem().ToString()
            .ShouldBe("content/posts/bad.md:2:9: error GEN001: file is not valid UTF-8 (save it with UTF-8 encoding)");
    }
}
