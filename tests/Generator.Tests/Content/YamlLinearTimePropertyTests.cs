using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Generator.Content;
using Generator.Tests.Support;

namespace Generator.Tests.Content;

/// <summary>
/// For generated pathological front matter (aliases that repeat, double or contain themselves, nesting up to and past
/// the limits, long lists and strings, each repeated under <c>params:</c>), reading 4x the file costs at most
/// <see cref="LinearTime.MaxRatio"/> times the 1x file, measured in-process, and the result is a post or errors at
/// positions inside the file.
/// </summary>
[Collection(nameof(LinearTimeCollection))]
public class YamlLinearTimePropertyTests
{
    private const int Runs = 20;

    private const string Path = "content/posts/2026-04-01-a.md";

    private const string Head = "---\ntitle: T\ndate: 2026-04-01\nauthor: ana\ntags: [a, b]\nparams:\n  base: &a0 [x, y, z]\n  big: &big [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20]\n";

    /// <summary>One entry of params, numbered <c>i</c> (keys and anchors stay unique), shaped by a size <c>n</c>.</summary>
    private static readonly Func<int, int, string>[] Shapes =
    [
        (i, n) => $"  k{i}: &a{i} [x, y, z]\n  r{i}: *a{i}\n",
        (i, n) => $"  k{i}: &a{i} [*a{i - 1}, *a{i - 1}]\n", // doubles what the last one holds
        (i, n) => $"  k{i}: *big\n",
        (i, n) => $"  k{i}: &s{i} {{next: *s{i}}}\n",
        (i, n) => $"  k{i}: {new string('[', n)}1{new string(']', n)}\n",
        (i, n) => $"  k{i}: {string.Concat(Enumerable.Repeat("{a: ", n))}1{new string('}', n)}\n",
        (i, n) => $"  k{i}:\n" + string.Concat(Enumerable.Range(0, n).Select(d => new string(' ', 4 + 2 * d) + $"d{d}:\n")) + new string(' ', 4 + 2 * n) + "leaf\n",
        (i, n) => $"  k{i}: [{string.Join(", ", Enumerable.Range(0, n))}]\n",
        (i, n) => $"  k{i}: \"{new string('x', 10 * n)}\"\n",
        (i, n) => $"  k{i}: |\n" + string.Concat(Enumerable.Repeat("    line\n", n)),
        (i, n) => $"  k{i}: !!binary AAAA\n  t{i}: &t{i} ~\n  u{i}: *t{i}\n",
        (i, n) => $"  k{i}: {{<<: *a0, z: {n}}}\n",
    ];

    private static string File(Func<int, int, string> shape, int n, int bytes)
    {
        var text = new StringBuilder(Head);
        for (var i = 1; text.Length < bytes; i++) text.Append(shape(i, n));
        return text.Append("---\nBody.\n").ToString();
    }

    private static (Article? Article, DiagnosticBag Diagnostics) Read(string text)
    {
        var diagnostics = new DiagnosticBag();
        var document = FrontMatterDocument.Parse(new SourceFile(Path, text), diagnostics);
        return (document is null ? null : ArticleReader.Read(document, null, diagnostics), diagnostics);
    }

    [Fact]
    public void Four_times_the_front_matter_costs_at_most_six_times_as_much_and_ends_in_a_post_or_located_errors()
    {
        var cases = from shape in Gen.Choose(0, Shapes.Length - 1)
                    from n in Gen.Choose(1, 90)
                    from kilobytes in Gen.Elements(1, 2, 4)
                    select (Shape: shape, N: n, Bytes: kilobytes * 1024);
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var (one, four) = (File(Shapes[c.Shape], c.N, c.Bytes), File(Shapes[c.Shape], c.N, 4 * c.Bytes));
            foreach (var text in new[] { one, four }) ShouldBeAPostOrLocatedErrors(text);
            var measured = LinearTime.Of(() => Read(one), () => Read(four));
            measured.Ratio.ShouldBeLessThanOrEqualTo(LinearTime.MaxRatio, $"{measured} for shape {c.Shape} with n = {c.N} at {c.Bytes} bytes");
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(Runs));
    }

    private static void ShouldBeAPostOrLocatedErrors(string text)
    {
        var (article, diagnostics) = Read(text);
        var lines = text.Count(c => c == '\n') + 1;
        foreach (var diagnostic in diagnostics.All)
        {
            diagnostic.At.Path.ShouldBe(Path);
            diagnostic.At.Line.ShouldBeInRange(1, lines, diagnostic.ToString());
            diagnostic.At.Column.ShouldBeGreaterThanOrEqualTo(1, diagnostic.ToString());
        }
        if (!diagnostics.HasErrors) article.ShouldNotBeNull();
    }
}
