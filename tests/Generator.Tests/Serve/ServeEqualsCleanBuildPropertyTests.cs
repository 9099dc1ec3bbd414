using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Generator.Serve;
using Generator.Tests.Support;

namespace Generator.Tests.Serve;

/// <summary>
/// The oracle for serve and the incremental build (issue 21 §4): after any sequence of author edits, every file serve
/// holds, and every file an incremental <c>build</c> (with the record the previous build kept in <c>.cache/build/</c>)
/// writes, equals what a clean build of the same files makes, byte for byte, and neither has any other file. The site has every kind of input
/// (<see cref="EditableSite"/>); the edits are every kind an author makes (<see cref="SiteEdits"/>), each reported
/// to serve as its watcher would. Run in one language (serve's fast path for body edits) and in two.
/// A longer run: <c>SERVE_PROPERTY_RUNS=500 dotnet test tests/Generator.Tests --filter ServeEqualsCleanBuild</c>.
/// </summary>
public sealed class ServeEqualsCleanBuildPropertyTests
{
    private static int Runs => int.TryParse(Environment.GetEnvironmentVariable("SERVE_PROPERTY_RUNS"), out var n) ? n : 12;

    public sealed record Case(bool TwoLanguages, IReadOnlyList<(int Edit, int Target)> Steps)
    {
        public override string ToString() =>
            $"{(TwoLanguages ? "en+zh" : "en")}: " + string.Join(", ", Steps.Select(s => $"{SiteEdits.All[s.Edit].Name}({s.Target})"));
    }

    private static Gen<Case> Cases() =>
        from twoLanguages in Gen.Elements(false, true)
        from steps in Gen.Choose(1, 6).SelectMany(n =>
            Gen.ListOf(Gen.Choose(0, SiteEdits.All.Count - 1).SelectMany(e => Gen.Choose(0, 9).Select(t => (e, t))), n))
        select new Case(twoLanguages, steps.ToList());

    [Fact]
    public void After_any_edits_serve_holds_what_a_clean_build_makes()
    {
        var before = (Volatile.Read(ref compared), Volatile.Read(ref refused), Volatile.Read(ref reused), Volatile.Read(ref upToDate));
        Prop.ForAll(Cases().ToArbitrary(), Holds).Check(Config.QuickThrowOnFailure.WithMaxTest(Runs));
        // Edits that break the site only compare diagnostics; most steps must compare every file, or the property
        // would prove little.
        (compared - before.Item1).ShouldBeGreaterThan(2 * (refused - before.Item2));
        // And most incremental builds must have taken pages from the record, or it would prove nothing about reuse.
        (reused - before.Item3).ShouldBeGreaterThan((compared - before.Item1) / 2);
        // And the build after each, with nothing changed, must often have been up to date (a site that warns is not).
        (upToDate - before.Item4).ShouldBeGreaterThan((compared - before.Item1) / 4);
    }

    private static int compared;
    private static int refused;
    private static int reused;
    private static int upToDate;

    /// <summary>Runs one case; named tests call it with the shrunk counterexamples the property found.</summary>
    internal static void Holds(Case c)
    {
        using var site = new EditableSite(c.TwoLanguages);
        var ages = new AgedInputs(site.Root);
        ages.Age();
        var rebuilder = new SiteRebuilder(new ServeOptions(site.Root));
        rebuilder.Rebuild([]).Succeeded.ShouldBeTrue();
        // The first build keeps its record in .cache/build/, so every build after an edit below is incremental.
        SiteBuild.Write(new ServeOptions(site.Root).ToBuildOptions()).Succeeded.ShouldBeTrue();
        var done = new List<string>();
        foreach (var (edit, target) in c.Steps)
        {
            var step = SiteEdits.All[edit];
            var changed = step.Apply(site, target);
            ages.Age();
            done.Add($"{step.Name}({target})");
            var outcome = rebuilder.Rebuild(changed);
            var incremental = SiteBuild.Write(new ServeOptions(site.Root).ToBuildOptions() with { OutputFolder = Path.Combine(site.Root, "_site") });
            var clean = ShouldEqualACleanBuild(site, outcome, incremental, string.Join(", ", done));
            // A build right after, with nothing changed: up to date exactly when the last one finished without a
            // diagnostic (a warning is shown by every build), and its output still that of a clean build.
            var again = SiteBuild.Write(new ServeOptions(site.Root).ToBuildOptions() with { OutputFolder = Path.Combine(site.Root, "_site") });
            again.UpToDate.ShouldBe(clean.Diagnostics.Count == 0, $"the build after {string.Join(", ", done)}");
            if (again.UpToDate) Interlocked.Increment(ref upToDate);
            if (clean.Succeeded) ShouldEqualFolder(Path.Combine(site.Root, "_site"), Path.Combine(site.Root, "_clean"), $"the up-to-date build after {done.Last()}");
        }
    }

    /// <summary>Social cards and the publisher's logo are painted by a writing build only (README: serve shows pages
    /// without painting cards); <c>.newsgen</c> marks the build's own output folder.</summary>
    private static bool ServeMakesIt(string path) =>
        path != ".newsgen" && path != "logo.png" && Path.GetFileName(path) != Generator.Site.SocialCards.FileName;

    /// <summary>The oracle is what <c>build</c> writes: a clean build of the same files into a folder of its own.</summary>
    private static BuildResult ShouldEqualACleanBuild(EditableSite site, RebuildOutcome outcome, BuildResult incremental, string after)
    {
        var output = Path.Combine(site.Root, "_clean");
        if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
        var serving = new ServeOptions(site.Root).ToBuildOptions();
        var clean = SiteBuild.Write(serving with { OutputFolder = output, Record = RecordUse.None });
        outcome.Diagnostics.Select(d => d.ToString()).ShouldBe(clean.Diagnostics.Select(d => d.ToString()), $"diagnostics after {after}");
        incremental.Diagnostics.Select(d => d.ToString()).ShouldBe(clean.Diagnostics.Select(d => d.ToString()), $"incremental build's diagnostics after {after}");
        if (!clean.Succeeded)
        {
            Interlocked.Increment(ref refused);
            return clean; // serve keeps the last good pages and shows the errors, as it should
        }
        Interlocked.Increment(ref compared);
        outcome.Succeeded.ShouldBeTrue(after);
        var written = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(output, f).Replace('\\', '/')).Where(ServeMakesIt).Order(StringComparer.Ordinal).ToList();
        outcome.Site.Files.Keys.Order(StringComparer.Ordinal).ToList().ShouldBe(written, customMessage: $"the files served after {after}");
        foreach (var path in written)
        {
            var bytes = File.ReadAllBytes(Path.Combine(output, path));
            if (!bytes.AsSpan().SequenceEqual(outcome.Site.Files[path].Content))
                Encoding.UTF8.GetString(outcome.Site.Files[path].Content).ShouldBe(Encoding.UTF8.GetString(bytes), $"{path} after {after}");
        }
        ShouldEqualFolder(Path.Combine(site.Root, "_site"), output, $"the incremental build after {after}");
        if (incremental.Incremental is { } record && record.Rendered < incremental.Paths.Count(p => p.EndsWith(".html", StringComparison.Ordinal)))
            Interlocked.Increment(ref reused);
        return clean;
    }

    /// <summary>Every file of two written builds, social cards included (both builds paint them), byte for byte.</summary>
    private static void ShouldEqualFolder(string actual, string expected, string what)
    {
        static List<string> Files(string folder) => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        var files = Files(expected);
        Files(actual).ShouldBe(files, customMessage: $"the files of {what}");
        foreach (var path in files)
        {
            var bytes = File.ReadAllBytes(Path.Combine(expected, path));
            var made = File.ReadAllBytes(Path.Combine(actual, path));
            if (!made.AsSpan().SequenceEqual(bytes))
                Encoding.UTF8.GetString(made).ShouldBe(Encoding.UTF8.GetString(bytes), $"{path} of {what}");
        }
    }
}
