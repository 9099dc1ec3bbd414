using Generator.Content;
using Generator.Output;
using Generator.Tests.Support;

namespace Generator.Tests.WholeSite;

/// <summary>
/// The image cache outlives the build (CI restores it), so what it holds is checked, never trusted: entries are regular
/// files whose bytes match their recorded SHA-256, and a link anywhere in its path is an error at that path, never
/// followed (issue 20: a linked entry was hard-linked into the output as a link; a linked .cache made the build write
/// outside the site).
/// </summary>
public sealed class ImageCacheSafetyTests : IDisposable
{
    private readonly string outside = Path.Combine(Path.GetTempPath(), "gen-outside-" + Guid.NewGuid().ToString("N")[..12]);

    public ImageCacheSafetyTests() => Directory.CreateDirectory(outside);

    public void Dispose() => Directory.Delete(outside, recursive: true);

    /// <summary>A site with one raster image (WebP copies, made by build and check) and one post that gets a card.</summary>
    private static TestSite SiteWithImages()
    {
        var site = new TestSite();
        site.WriteBytes("content/images/photo.png", ImageBuildTests.Png(400, 200)).Post("2026-04-01-a.md", "A", body: "![P](/images/photo.png)");
        return site;
    }

    private static string CacheFolder(TestSite site) => Path.Combine(site.Root, ".cache", "images");

    /// <summary>The name of the one cache entry ending in <paramref name="extension"/> (the card: .png, the copy: .webp).</summary>
    private static string Entry(TestSite site, string extension) =>
        Path.GetFileName(Directory.GetFiles(CacheFolder(site), "*" + extension).ShouldHaveSingleItem());

    /// <summary>The post card's cache entry: the .png entry with the bytes of <c>posts/a/card.png</c> (the cache also
    /// holds the site card and the logo).</summary>
    private static string CardEntry(TestSite site)
    {
        var card = File.ReadAllBytes(Path.Combine(site.Output, "posts/a/card.png"));
        return Path.GetFileName(Directory.GetFiles(CacheFolder(site), "*.png").Where(f => File.ReadAllBytes(f).AsSpan().SequenceEqual(card))
            .ShouldHaveSingleItem());
    }

    private static IEnumerable<string> LinksIn(string folder) =>
        Directory.GetFileSystemEntries(folder, "*", SearchOption.AllDirectories).Where(p => FileKinds.OfEntry(p) == FileKind.Link);

    [Fact]
    public void A_cache_entry_replaced_by_a_link_is_an_error_at_the_entry_and_the_output_never_holds_a_link()
    {
        using var site = SiteWithImages();
        site.Build().Succeeded.ShouldBeTrue();
        var card = CardEntry(site);
        var secret = Path.Combine(outside, "id_rsa");
        File.WriteAllText(secret, "PRIVATE KEY");
        File.Delete(Path.Combine(CacheFolder(site), card));
        File.CreateSymbolicLink(Path.Combine(CacheFolder(site), card), secret);
        var expected = $".cache/images/{card}:1:1: error GEN021: '.cache/images/{card}' is a link to '{secret}'; the image cache is never read "
            + "or written through a link, so remove it (the build makes the image again)";

        TestSite.Errors(site.BuildWithin()).ShouldBe([expected]);
        var cli = CliRun.Of("build", "--source", site.Root);
        cli.ExitCode.ShouldBe(1);
        cli.Error.ShouldContain(expected);
        LinksIn(site.Output).ShouldBeEmpty(); // the previous output, as it was
        File.ReadAllBytes(Path.Combine(site.Output, "posts/a/card.png")).ShouldNotBe(File.ReadAllBytes(secret));
        File.ReadAllText(secret).ShouldBe("PRIVATE KEY");

        File.Delete(Path.Combine(CacheFolder(site), card)); // what the error asks for
        site.Build().Succeeded.ShouldBeTrue();
        FileKinds.OfEntry(Path.Combine(site.Output, "posts/a/card.png")).ShouldBe(FileKind.Regular);
    }

    [Fact]
    public void A_link_in_place_of_an_entrys_hash_record_is_an_error_too()
    {
        using var site = SiteWithImages();
        site.Build().Succeeded.ShouldBeTrue();
        var record = Entry(site, ".webp") + ImageCache.RecordSuffix;
        File.Delete(Path.Combine(CacheFolder(site), record));
        File.CreateSymbolicLink(Path.Combine(CacheFolder(site), record), "/etc/hostname");
        TestSite.Errors(site.BuildWithin()).ShouldHaveSingleItem()
            .ShouldStartWith($".cache/images/{record}:1:1: error GEN021: '.cache/images/{record}' is a link to '/etc/hostname'");
    }

    [Fact]
    public void A_cache_entry_whose_bytes_were_replaced_is_made_again_and_the_output_gets_the_made_image()
    {
        using var site = SiteWithImages();
        site.Build().Succeeded.ShouldBeTrue();
        var (card, copy) = (CardEntry(site), Entry(site, ".webp"));
        var madeCard = File.ReadAllBytes(Path.Combine(site.Output, "posts/a/card.png"));
        var madeCopy = File.ReadAllBytes(Path.Combine(site.Output, "images/photo-400w.webp"));
        Directory.Delete(site.Output, recursive: true); // the output shares the entries' bytes (hard links)
        // Other bytes, still a valid image: only the recorded hash can tell them from the card.
        File.WriteAllBytes(Path.Combine(CacheFolder(site), card), ImageBuildTests.Png(1200, 630));
        File.WriteAllBytes(Path.Combine(CacheFolder(site), copy), [1, 2, 3]);

        site.Build().Succeeded.ShouldBeTrue();
        File.ReadAllBytes(Path.Combine(site.Output, "posts/a/card.png")).ShouldBe(madeCard);
        File.ReadAllBytes(Path.Combine(site.Output, "images/photo-400w.webp")).ShouldBe(madeCopy);
        File.ReadAllBytes(Path.Combine(CacheFolder(site), card)).ShouldBe(madeCard);
    }

    [Fact]
    public void A_cache_entry_without_its_hash_record_is_made_again_and_recorded()
    {
        using var site = SiteWithImages();
        site.Build().Succeeded.ShouldBeTrue();
        var card = CardEntry(site);
        var record = Path.Combine(CacheFolder(site), card + ImageCache.RecordSuffix);
        var recorded = File.ReadAllText(record);
        recorded.ShouldBe(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Path.Combine(CacheFolder(site), card)))));
        File.Delete(record); // a cache written before entries had records, or a build stopped between the two renames

        site.Build().Succeeded.ShouldBeTrue();
        File.ReadAllText(record).ShouldBe(recorded);
    }

    [Theory]
    [InlineData(".cache")]
    [InlineData(".cache/images")]
    public void A_cache_folder_that_is_a_link_is_an_error_for_build_and_check_and_nothing_is_written_through_it(string folder)
    {
        using var site = SiteWithImages();
        Directory.CreateDirectory(Path.Combine(site.Root, Path.GetDirectoryName(folder)!));
        Directory.CreateSymbolicLink(Path.Combine(site.Root, folder), outside);
        var cache = folder == ".cache" ? "the build's caches are" : "the image cache is";
        var expected = $"{folder}:1:1: error GEN021: '{folder}' is a link to '{outside}'; {cache} never read or written "
            + "through a link, so remove it (the build makes the folder again)";

        TestSite.Errors(site.BuildWithin()).ShouldBe([expected]);
        site.Check().Diagnostics.Select(d => d.ToString()).ShouldBe([expected]); // check makes the WebP copies too
        Directory.GetFileSystemEntries(outside, "*", SearchOption.AllDirectories).ShouldBeEmpty();
        Directory.Exists(site.Output).ShouldBeFalse();
    }

    [Fact]
    public void A_cache_folder_that_is_a_file_is_an_error_not_a_crash()
    {
        using var site = SiteWithImages();
        site.Write(".cache", "not a folder");
        TestSite.Errors(site.BuildWithin()).ShouldBe([
            ".cache:1:1: error GEN022: '.cache' is not a folder where the build keeps its caches; remove it (the build makes it again)",
        ]);
    }
}
