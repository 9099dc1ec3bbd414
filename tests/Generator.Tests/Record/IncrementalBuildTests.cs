using Generator.Record;
using Generator.Tests.Support;

namespace Generator.Tests.Record;

/// <summary>
/// <c>build</c> with the record of the previous build in <c>.cache/build/</c> (issue 21 §3): it renders only the pages
/// whose inputs changed, rewrites only the files whose bytes changed, and trusts the cache only as far as the image
/// cache is trusted. Every incremental build here is compared with a clean build of the same files.
/// </summary>
public sealed class IncrementalBuildTests : IDisposable
{
    private const string Post = "content/posts/2026-04-20-deal.md";
    private static readonly DateTimeOffset Now = new(2026, 5, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly TestSite site = new();

    public IncrementalBuildTests()
    {
        site.Post("2026-04-20-deal.md", "The deal", body: "Intro.\n\n::: why-it-matters\nIt ties a lab to a cloud.\n:::\n\n## Sources heading\n\nMore.\n");
        site.Post("2026-04-19-other.md", "Another story", date: "2026-04-19", extra: "tags: [Chips]");
        site.Post("2026-04-18-third.md", "A third story", date: "2026-04-18", extra: "tags: [Chips]");
    }

    public void Dispose() => site.Dispose();

    private BuildResult Build(RecordUse use = RecordUse.Incremental) =>
        SiteBuild.Write(new BuildOptions(site.Root, site.Output, Now: Now) { Record = use });

    private static int PageCount(BuildResult result) => result.Paths.Count(p => p.EndsWith(".html", StringComparison.Ordinal));

    [Fact]
    public void A_build_with_nothing_changed_renders_no_page_and_rewrites_no_file()
    {
        Build().Succeeded.ShouldBeTrue();
        var before = Stamps();

        var again = Build();

        again.Incremental!.Value.Rendered.ShouldBe(0);
        Stamps().ShouldBe(before); // the same files (inode) with the same times: nothing was written
        ShouldEqualACleanBuild();
    }

    [Fact]
    public void Editing_a_word_of_a_post_renders_that_post_only()
    {
        Build();
        var before = Stamps();
        site.Replace(Post, "More.", "Less."); // the same number of words: its card (reading time, word count) is unchanged

        var again = Build();

        var (url, why) = again.Incremental!.Value.Reasons.ShouldHaveSingleItem();
        url.ShouldBe("/ai-news/posts/deal/");
        why.ShouldBe([$"{Post} changed"]);
        var after = Stamps();
        after["posts/deal/index.html"].ShouldNotBe(before["posts/deal/index.html"]);
        after.Where(s => s.Key != "posts/deal/index.html").ShouldAllBe(s => before[s.Key] == s.Value);
        ShouldEqualACleanBuild();
    }

    [Fact]
    public void Lengthening_a_post_renders_the_pages_that_show_its_card_and_says_so()
    {
        Build();
        site.Replace(Post, "More.", "More, and a longer closing paragraph than before.");

        var reasons = Build().Incremental!.Value.Reasons;

        reasons["/ai-news/posts/deal/"].ShouldContain($"{Post} changed");
        reasons["/ai-news/"].ShouldBe([$"the card of {Post} changed"]);
        reasons["/ai-news/posts/third/"].ShouldBe([$"the card of {Post} changed"]); // its related reading shows the card
        ShouldEqualACleanBuild();
    }

    [Fact]
    public void Editing_a_partial_says_which_file_changed()
    {
        Build();
        site.Replace("templates/partials/footer.sbn-html", "<footer", "<!-- edited -->\n<footer");

        var again = Build();

        again.Incremental!.Value.Reasons.Values.ShouldAllBe(why => why.Contains("templates/partials/footer.sbn-html changed"));
        ShouldEqualACleanBuild();
    }

    [Fact]
    public void Clean_renders_every_page_and_records_for_the_next_build()
    {
        Build();
        var clean = Build(RecordUse.Clean);
        clean.Incremental!.Value.Rendered.ShouldBe(PageCount(clean));
        Build().Incremental!.Value.Rendered.ShouldBe(0);
    }

    [Fact]
    public void A_record_that_does_not_match_its_checksum_is_set_aside_with_one_note_and_every_page_renders()
    {
        Build();
        var record = Path.Combine(site.Root, ".cache/build/record");
        var bytes = File.ReadAllBytes(record);
        bytes[bytes.Length / 2] ^= 0x20;
        File.WriteAllBytes(record, bytes);

        var again = Build();

        again.Succeeded.ShouldBeTrue();
        again.Notes.ShouldBe([".cache/build/record does not match its checksum or is not a record this build of newsgen reads; it was set aside and every page was rendered"]);
        again.Incremental!.Value.Rendered.ShouldBe(PageCount(again));
        ShouldEqualACleanBuild();
        Build().Notes.ShouldBeEmpty(); // the build wrote a good record again
    }

    [Fact]
    public void A_record_from_another_build_of_the_tool_is_set_aside_with_one_note()
    {
        Build();
        var path = Path.Combine(site.Root, ".cache/build/record");
        var record = BuildRecord.FromBytes(File.ReadAllBytes(path)).ShouldNotBeNull();
        File.WriteAllBytes(path, (record with { Tool = "0.0.1 another" }).ToBytes());

        var again = Build();

        again.Notes.ShouldBe([".cache/build/record was made by another build of newsgen; every page was rendered"]);
        again.Incremental!.Value.Rendered.ShouldBe(PageCount(again));
    }

    [Fact]
    public void A_page_edited_in_the_output_is_rendered_again_not_taken_from_the_cache_it_shares_bytes_with()
    {
        Build();
        // The output's files are links to the cache's entries: editing one in place edits the entry.
        File.AppendAllText(Path.Combine(site.Output, "index.html"), "<script>tampered</script>");

        var again = Build();

        again.Incremental!.Value.Reasons["/ai-news/"].ShouldBe(["its file in the cache was missing or changed"]);
        site.ReadOutput("index.html").ShouldNotContain("tampered");
        ShouldEqualACleanBuild();
    }

    [Theory]
    [InlineData(".cache/build")]
    [InlineData(".cache/build/record")]
    [InlineData(".cache/build/files")]
    [InlineData(".cache/build/markdown")]
    [InlineData(".cache/build/stamps")]
    public void A_link_in_the_build_cache_is_an_error_and_nothing_is_read_or_written_through_it(string path)
    {
        Build();
        using var outside = new TestSite(config: null, withTheme: false);
        var target = Path.Combine(outside.Root, "elsewhere");
        Directory.CreateDirectory(target);
        var full = Path.Combine(site.Root, path);
        if (Directory.Exists(full)) Directory.Delete(full, recursive: true);
        else File.Delete(full);
        Directory.CreateSymbolicLink(full, target);

        var result = Build();

        TestSite.Errors(result).ShouldBe([$"{path}:1:1: error GEN021: '{path}' is a link to '{target}'; the build cache is never read or "
            + $"written through a link, so remove it (the build makes {(path.EndsWith("record") || path.EndsWith("markdown") || path.EndsWith("stamps") ? "the file" : "the folder")} again)"]);
        Directory.GetFileSystemEntries(target).ShouldBeEmpty();
    }

    [Fact]
    public void A_second_build_of_the_site_while_one_holds_the_cache_renders_every_page_and_leaves_the_record_alone()
    {
        Build();
        var record = File.ReadAllBytes(Path.Combine(site.Root, ".cache/build/record"));
        site.Replace(Post, "More.", "Less.");
        using (Generator.Output.NoFollow.OpenLock(Path.Combine(site.Root, ".cache/build/lock")))
        {
            var second = Build();
            second.Notes.ShouldBe(["another build of this site is using .cache/build/; this build rendered every page and recorded nothing"]);
            second.Incremental.ShouldBeNull();
            File.ReadAllBytes(Path.Combine(site.Root, ".cache/build/record")).ShouldBe(record);
            ShouldEqualACleanBuild();
        }
        Build().Incremental!.Value.Reasons.Keys.ShouldBe(["/ai-news/posts/deal/"]);
    }

    [Fact]
    public void A_missing_interface_string_warns_in_every_build_not_only_the_one_that_rendered_its_page()
    {
        site.Replace("templates/partials/footer.sbn-html", "<footer", "{{ t \"no_such_key\" }}\n<footer");
        var warning = Build().Diagnostics.ShouldHaveSingleItem().ToString();

        Build().Diagnostics.Select(d => d.ToString()).ShouldBe([warning]);
        Build().Diagnostics.Select(d => d.ToString()).ShouldBe([warning]);
    }

    [Fact]
    public void Adding_a_glossary_term_links_it_in_unchanged_posts_of_the_next_incremental_build()
    {
        Build();
        File.Exists(Path.Combine(site.Root, ".cache/build/markdown")).ShouldBeTrue(); // the posts' conversions, kept
        site.ReadOutput("posts/third/index.html").ShouldNotContain("/glossary/body-text/");
        // "A third story" says "Body text." and is not edited: its kept conversion must not be used with the new glossary.
        site.Write("content/glossary/body-text.md", "---\nterm: body text\nshort: The words of a story.\n---\nWhat it says.\n");

        Build().Succeeded.ShouldBeTrue();

        site.ReadOutput("posts/third/index.html").ShouldContain("/glossary/body-text/");
        ShouldEqualACleanBuild();
    }

    [Fact]
    public void Conversions_that_do_not_match_their_checksum_are_set_aside_with_one_note()
    {
        Build();
        var path = Path.Combine(site.Root, ".cache/build/markdown");
        var bytes = File.ReadAllBytes(path);
        bytes[bytes.Length / 2] ^= 0x20;
        File.WriteAllBytes(path, bytes);

        var again = Build();

        again.Notes.ShouldBe([".cache/build/markdown does not match its checksum or is not one this build of newsgen reads; it was set aside and every post was converted"]);
        ShouldEqualACleanBuild();
        Build().Notes.ShouldBeEmpty();
    }

    /// <summary>The two edits issue 21 found serve going stale on, made to an incremental build.</summary>
    [Fact]
    public void Changing_a_callout_heading_in_the_i18n_file_shows_in_the_next_incremental_build()
    {
        Build();
        site.Replace("templates/i18n/en.yml", "why_it_matters: Why it matters", "why_it_matters: Why this matters");

        Build().Succeeded.ShouldBeTrue();

        site.ReadOutput("posts/deal/index.html").ShouldContain("<h2 class=\"callout-title\">Why this matters</h2>");
        ShouldEqualACleanBuild();
    }

    [Fact]
    public void An_id_removed_from_a_template_gives_the_heading_its_id_back_in_the_next_incremental_build()
    {
        site.Replace("templates/post.sbn-html", "<article", "<p id=\"more\" hidden></p>\n<article");
        site.Replace(Post, "More.", "More.\n\n## More\n\nText.");
        Build();
        site.ReadOutput("posts/deal/index.html").ShouldContain("<h2 id=\"more-1\">");
        site.Replace("templates/post.sbn-html", "<p id=\"more\" hidden></p>\n", "");

        Build().Succeeded.ShouldBeTrue();

        site.ReadOutput("posts/deal/index.html").ShouldContain("<h2 id=\"more\">");
        ShouldEqualACleanBuild();
    }

    /// <summary>Each output file's identity and time: equal stamps mean the file was not written again.</summary>
    private Dictionary<string, string> Stamps() =>
        Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(site.Output, f).Replace('\\', '/'),
            f => $"{new FileInfo(f).LastWriteTimeUtc.Ticks}:{Inode(f)}");

    private static string Inode(string path)
    {
        var stat = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("stat", ["-c", "%i", path])
            { RedirectStandardOutput = true })!;
        var inode = stat.StandardOutput.ReadToEnd().Trim();
        stat.WaitForExit();
        return inode;
    }

    private void ShouldEqualACleanBuild()
    {
        var clean = Path.Combine(site.Root, "_clean");
        SiteBuild.Write(new BuildOptions(site.Root, clean, Now: Now) { Record = RecordUse.None }).Succeeded.ShouldBeTrue();
        var expected = Directory.EnumerateFiles(clean, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(clean, f)).Order().ToList();
        Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(site.Output, f)).Order().ToList()
            .ShouldBe(expected);
        foreach (var file in expected)
            File.ReadAllText(Path.Combine(site.Output, file)).ShouldBe(File.ReadAllText(Path.Combine(clean, file)), file);
        Directory.Delete(clean, recursive: true);
    }

}
