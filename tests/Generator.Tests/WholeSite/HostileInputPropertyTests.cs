using FsCheck;
using FsCheck.Fluent;
using Generator.Content;
using Generator.Tests.Support;

namespace Generator.Tests.WholeSite;

/// <summary>
/// For any content made of random front-matter values, random Markdown fragments and random bytes, build and check
/// end in diagnostics or success: never an exception, never past a few seconds, never a write outside the output.
/// </summary>
public partial class HostileInputPropertyTests
{
    private const int Runs = 25; // each case builds and checks a whole site (about a second); 25 keeps the test under half a minute

    private static readonly string[] Keys = ["title", "date", "author", "tags", "slug", "summary", "category", "image", "sources", "draft", "faq"];

    private static readonly string[] Values =
    [
        "", "~", "null", "\"\"", "Hello", "2026-04-01", "ana", "[a, b]", "\"AI, Chips\"", "[", "{a: {b: [", "\"\\x01\"", "../posts/x",
        "\"javascript:alert(1)\"", "{src: \"data:x\", alt: y}", "[{title: t, url: \"vbscript:x\"}]", new string('x', 260), "Cafe\u0301",
        "*x*", "&#1;", "- x", "2026-13-45", "true", "!!binary AAAA", "&a [1]", "*a", "|\n  block", "'quoted'", "{", "[[[[[[[[",
    ];

    private static readonly string[] Fragments =
    [
        "text ", "**bold** ", "*", "[link](/posts/x/) ", "[x](javascript:alert(1)) ", "![i](data:x) ", "<div>", "</div>", "> ", "- ",
        "\n\n", "## Main\n", "`code` ", "```\n", "&#7; ", "&amp; ", "::: note\n", ":::\n", "[^1] ", "[^1]: foot\n", "| a | b |\n",
        "<vbscript:x> ", "\u0001", "\uFFFF", "[", "]", "(", ")", "<a href=\"/x\">", "</a>", "# ", "\\", "***", "___", "~~",
    ];

    private sealed record Case(IReadOnlyList<(string Key, string Value)> Front, string Body, byte[] Bytes, bool BytesAsMarkdown);

    private static Gen<Case> Cases() =>
        from front in Gen.ListOf(Gen.Elements(Keys).SelectMany(k => Gen.Elements(Values).Select(v => (k, v))))
        from fragments in Gen.ListOf(Gen.Elements(Fragments))
        from repeat in Gen.Choose(1, 200)
        from bytes in Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b))
        from asMarkdown in Gen.Elements(true, false)
        select new Case(front.ToList(), string.Concat(Enumerable.Repeat(string.Concat(fragments), fragments.Count > 6 ? 1 : repeat)), bytes, asMarkdown);

    [Fact]
    public void Build_and_check_end_in_diagnostics_or_success_within_seconds_and_write_only_the_output()
    {
        using var site = new TestSite();
        Prop.ForAll(Cases().ToArbitrary(), c =>
        {
            var content = Path.Combine(site.Root, "content");
            if (Directory.Exists(content)) Directory.Delete(content, recursive: true);
            var front = string.Concat(c.Front.Select(p => $"{p.Key}: {p.Value}\n"));
            site.Write("content/posts/2026-04-01-random.md", $"---\ntitle: Base\ndate: 2026-04-01\nauthor: ana\n{front}---\n{c.Body}\n")
                .WriteBytes(c.BytesAsMarkdown ? "content/posts/2026-04-02-bytes.md" : "content/files/random.bin", c.Bytes);
            var before = FilesOutsideOutput(site);

            var build = site.BuildWithin(15);
            var check = site.CheckWithin(15);

            foreach (var result in new[] { build.Diagnostics, check.Diagnostics })
                result.ShouldNotContain(d => d.Code == DiagnosticCodes.InternalError, string.Join("\n", result));
            FilesOutsideOutput(site).ShouldBe(before);
            if (build.Succeeded) File.Exists(Path.Combine(site.Output, "index.html")).ShouldBeTrue();
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(Runs));
    }

    private static List<string> FilesOutsideOutput(TestSite site)
    {
        var parent = Path.GetDirectoryName(site.Root)!;
        // The image cache (content-hash names and the records of their bytes' SHA-256, README: Images) and the build cache
        // (its record, conversions, stamps, and files named by the SHA-256 of their bytes) are the folders besides the
        // output a build may write.
        var imageCache = Path.Combine(site.Root, ".cache", "images") + Path.DirectorySeparatorChar;
        var buildCache = Path.Combine(site.Root, ".cache", "build") + Path.DirectorySeparatorChar;
        var inSite = Directory.GetFiles(site.Root, "*", SearchOption.AllDirectories)
            .Where(f => !f.StartsWith(site.Output + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Where(f => !f.StartsWith(imageCache, StringComparison.Ordinal) || !ImageCacheName().IsMatch(Path.GetFileName(f)))
            .Where(f => !f.StartsWith(buildCache, StringComparison.Ordinal) || !BuildCacheName().IsMatch(Path.GetRelativePath(buildCache, f)));
        var besideSite = Directory.GetFileSystemEntries(parent, Path.GetFileName(site.Root) + "*").Where(p => p != site.Root);
        return [.. inSite.Concat(besideSite).Order(StringComparer.Ordinal)];
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(record|markdown|stamps|files/[0-9a-f]{2}/[0-9a-f]{64})$")]
    private static partial System.Text.RegularExpressions.Regex BuildCacheName();

    [System.Text.RegularExpressions.GeneratedRegex("^[0-9a-f]{32}(-[0-9]+w)?\\.(png|webp)(\\.sha256)?$")]
    private static partial System.Text.RegularExpressions.Regex ImageCacheName();
}
