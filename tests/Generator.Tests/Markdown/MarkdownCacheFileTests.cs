using Generator.Markdown;
using Generator.Tests.Support;

namespace Generator.Tests.Markdown;

/// <summary><c>.cache/build/markdown</c> as a file (<see cref="MarkdownCache.WriteTo"/>, <see cref="MarkdownCache.ReadFrom"/>):
/// whatever damage it has, reading it gives the conversions whole or nothing, never an exception.</summary>
public sealed class MarkdownCacheFileTests
{
    [Fact]
    public void Conversions_cut_short_or_with_any_byte_changed_are_not_trusted_and_never_throw()
    {
        using var site = new TestSite();
        site.Post("2026-04-20-deal.md", "The deal", body: "Intro with **bold** text.\n\n## A heading\n\nMore.\n", extra: "tags: [Chips]");
        site.Post("2026-04-19-other.md", "Another story", date: "2026-04-19");
        site.Build().Succeeded.ShouldBeTrue();
        var bytes = File.ReadAllBytes(Path.Combine(site.Root, ".cache/build/markdown"));
        MarkdownCache.ReadFrom(new MemoryStream(bytes)).ShouldNotBeNull();

        for (var length = 0; length < bytes.Length; length += 5)
            MarkdownCache.ReadFrom(new MemoryStream(bytes[..length])).ShouldBeNull($"cut to {length} bytes");
        for (var i = 0; i < bytes.Length; i++)
            foreach (var flip in new byte[] { 1, 0x80, 0xFF })
            {
                var changed = (byte[])bytes.Clone();
                changed[i] ^= flip;
                MarkdownCache.ReadFrom(new MemoryStream(changed)).ShouldBeNull($"byte {i} ^ {flip:x2}");
            }
    }
}
