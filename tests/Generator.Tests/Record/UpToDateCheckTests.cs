using Generator.Record;
using Generator.Tests.Support;

namespace Generator.Tests.Record;

/// <summary>
/// make's rule in <c>build</c> (<see cref="UpToDateCheck"/>): when no input or output file changed since the last build
/// that finished without a diagnostic, the build reads nothing and writes nothing; any change, to either side or to the
/// options, the clock passing a scheduled post, or an input too recent to trust, makes it build, and what it builds equals
/// a clean build. Inputs are aged here (an hour old) as files an author saved before building are.
/// </summary>
public sealed class UpToDateCheckTests : IDisposable
{
    private const string Post = "content/posts/2026-04-20-deal.md";
    private static readonly DateTimeOffset Now = new(2026, 5, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly TestSite site = new();

    public UpToDateCheckTests()
    {
        site.Post("2026-04-20-deal.md", "The deal", body: "Intro.\n\nMore.\n");
        site.Post("2026-04-19-other.md", "Another story", date: "2026-04-19", extra: "tags: [Chips]");
        Age();
    }

    public void Dispose() => site.Dispose();

    private BuildResult Build(RecordUse use = RecordUse.Incremental, DateTimeOffset? now = null, string? baseUrl = null) =>
        SiteBuild.Write(new BuildOptions(site.Root, site.Output, baseUrl, Now: now ?? Now) { Record = use });

    /// <summary>Every input file an hour old, each a second apart (so no two edits share a time).</summary>
    private void Age()
    {
        var time = DateTime.UtcNow.AddHours(-1);
        foreach (var file in Directory.EnumerateFiles(site.Root, "*", SearchOption.AllDirectories)
                     .Where(f => !f.StartsWith(site.Output, StringComparison.Ordinal) && !f.Contains("/.cache/")).Order(StringComparer.Ordinal))
            File.SetLastWriteTimeUtc(file, time = time.AddSeconds(1));
    }

    [Fact]
    public void A_build_with_nothing_changed_since_the_last_is_up_to_date_and_writes_nothing()
    {
        var first = Build();
        first.UpToDate.ShouldBeFalse();
        var output = OutputStamps();

        var again = Build();

        again.UpToDate.ShouldBeTrue();
        again.Succeeded.ShouldBeTrue();
        again.Paths.ShouldBe(first.Paths);
        again.Incremental!.Value.Rendered.ShouldBe(0);
        OutputStamps().ShouldBe(output);
        ShouldEqualACleanBuild();
    }

    [Fact]
    public void An_edit_that_keeps_the_size_of_a_post_is_built()
    {
        Build();
        site.Replace(Post, "More.", "Less.");
        File.SetLastWriteTimeUtc(Path.Combine(site.Root, Post), DateTime.UtcNow.AddMinutes(-30));

        var result = Build();

        result.UpToDate.ShouldBeFalse();
        site.ReadOutput("posts/deal/index.html").ShouldContain("Less.");
        ShouldEqualACleanBuild();
        Build().UpToDate.ShouldBeTrue();
    }

    [Theory]
    [InlineData("a file added")]
    [InlineData("a page deleted")]
    [InlineData("a page edited")]
    [InlineData("a folder added")]
    [InlineData("a page replaced by a link")]
    public void A_change_to_the_output_is_built_over_until_it_equals_a_clean_build(string change)
    {
        Build();
        var page = Path.Combine(site.Output, "posts/deal/index.html");
        switch (change)
        {
            case "a file added": File.WriteAllText(Path.Combine(site.Output, "notes.txt"), "mine"); break;
            case "a page deleted": File.Delete(page); break;
            case "a page edited": File.AppendAllText(page, "<!-- edited -->"); break;
            case "a folder added": Directory.CreateDirectory(Path.Combine(site.Output, "empty")); break;
            default:
                File.Delete(page);
                File.CreateSymbolicLink(page, Path.Combine(site.Output, "index.html"));
                break;
        }

        Build().UpToDate.ShouldBeFalse();

        ShouldEqualACleanBuild();
    }

    [Fact]
    public void A_scheduled_post_is_published_when_its_time_comes_though_no_file_changed()
    {
        site.Post("2026-05-03-later.md", "Later", date: "2026-05-03");
        Age();
        Build();
        Build().UpToDate.ShouldBeTrue();
        File.Exists(Path.Combine(site.Output, "posts/later/index.html")).ShouldBeFalse();

        var result = Build(now: new DateTimeOffset(2026, 5, 4, 0, 0, 0, TimeSpan.Zero));

        result.UpToDate.ShouldBeFalse();
        File.Exists(Path.Combine(site.Output, "posts/later/index.html")).ShouldBeTrue();
    }

    [Fact]
    public void Other_options_and_clean_build()
    {
        Build();
        Build(baseUrl: "https://elsewhere.example/news/").UpToDate.ShouldBeFalse();
        site.ReadOutput("index.html").ShouldContain("https://elsewhere.example/news/");
        Build().UpToDate.ShouldBeFalse();
        site.ReadOutput("index.html").ShouldNotContain("https://elsewhere.example/news/");

        var clean = Build(RecordUse.Clean);

        clean.UpToDate.ShouldBeFalse();
        clean.Incremental!.Value.Rendered.ShouldBe(clean.Paths.Count(p => p.EndsWith(".html", StringComparison.Ordinal)));
        Build().UpToDate.ShouldBeTrue();
    }

    [Fact]
    public void An_input_saved_just_before_the_build_is_not_trusted_by_the_next()
    {
        File.SetLastWriteTimeUtc(Path.Combine(site.Root, Post), DateTime.UtcNow); // a file system with coarse times could
        Build();                                                                   // give a later edit this same time

        Build().UpToDate.ShouldBeFalse();
        File.Exists(Path.Combine(site.Root, ".cache/build/stamps")).ShouldBeFalse();
    }

    [Fact]
    public void A_build_that_warned_is_never_up_to_date_so_every_build_shows_the_warning()
    {
        site.Replace("templates/partials/footer.sbn-html", "<footer", "{{ t \"no_such_key\" }}\n<footer");
        Age();
        var warning = Build().Diagnostics.ShouldHaveSingleItem().ToString();

        var again = Build();

        again.UpToDate.ShouldBeFalse();
        again.Diagnostics.Select(d => d.ToString()).ShouldBe([warning]);
    }

    [Fact]
    public void A_link_among_the_inputs_is_never_trusted()
    {
        site.Write("content/notes/real.txt", "text");
        site.Link("content/notes/alias.txt", Path.Combine(site.Root, "content/notes/real.txt"));
        Age();
        Build().Succeeded.ShouldBeTrue();

        Build().UpToDate.ShouldBeFalse();
    }

    [Theory]
    [InlineData("cut short")]
    [InlineData("one byte changed")]
    [InlineData("a folder")]
    public void Stamps_that_cannot_be_trusted_mean_a_build(string damage)
    {
        Build();
        var stamps = Path.Combine(site.Root, ".cache/build/stamps");
        var bytes = File.ReadAllBytes(stamps);
        switch (damage)
        {
            case "cut short": File.WriteAllBytes(stamps, bytes[..(bytes.Length / 2)]); break;
            case "one byte changed": bytes[bytes.Length / 3] ^= 1; File.WriteAllBytes(stamps, bytes); break;
            default: File.Delete(stamps); Directory.CreateDirectory(stamps); break;
        }

        var result = Build();

        result.UpToDate.ShouldBeFalse();
        if (damage == "a folder") TestSite.Errors(result).ShouldHaveSingleItem().ShouldContain("GEN022");
        else
        {
            result.Succeeded.ShouldBeTrue();
            ShouldEqualACleanBuild();
        }
    }

    /// <summary>Each output file and folder's time and identity: equal stamps mean nothing was written.</summary>
    private Dictionary<string, (long, long)> OutputStamps() =>
        Directory.EnumerateFileSystemEntries(site.Output, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(site.Output, f), f => (File.GetLastWriteTimeUtc(f).Ticks, Directory.Exists(f) ? -1 : new FileInfo(f).Length));

    private void ShouldEqualACleanBuild()
    {
        var clean = Path.Combine(site.Root, "_clean");
        SiteBuild.Write(new BuildOptions(site.Root, clean, Now: Now) { Record = RecordUse.None }).Succeeded.ShouldBeTrue();
        static List<string> Entries(string folder) =>
            [.. Directory.EnumerateFileSystemEntries(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f)).Order()];
        var expected = Entries(clean);
        Entries(site.Output).ShouldBe(expected);
        foreach (var file in expected.Where(f => File.Exists(Path.Combine(clean, f))))
            File.ReadAllBytes(Path.Combine(site.Output, file)).ShouldBe(File.ReadAllBytes(Path.Combine(clean, file)), file);
        Directory.Delete(clean, recursive: true);
    }

}
