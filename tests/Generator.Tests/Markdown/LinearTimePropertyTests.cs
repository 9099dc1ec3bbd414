using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Generator.Markdown;
using Generator.Tests.Glossary;
using Generator.Tests.Support;

namespace Generator.Tests.Markdown;

/// <summary>
/// For generated pathological Markdown (a unit made of Markdown's openers and closers, or of nesting up to and past
/// the limits, repeated), converting 4x the input costs at most <see cref="LinearTime.MaxRatio"/> times the 1x input,
/// measured in-process (<see cref="LinearTime"/>), and the result is HTML or errors at positions inside the body.
/// Sizes are 1, 2 or 4 KB (16 KB at 4x): there the limits of <see cref="MarkdownLimits"/> are reached and passed, and
/// the parsed document still fits the processor's caches. From 64 KB on, memory latency alone made linear work measure
/// 5-8x per 4x, which is not what this test is about; the whole-site tests take each reported input at full size.
/// </summary>
[Collection(nameof(LinearTimeCollection))]
public class LinearTimePropertyTests
{
    private const int Runs = 30; // about 0.2 s each

    private static readonly MarkdownConverter Converter = TestGlossary.Converter(TestGlossary.Index(TestGlossary.SpecTerms));

    /// <summary>Every inline and block opener and closer Markdig's advanced extensions know, and some text.</summary>
    private static readonly string[] Fragments =
    [
        "*", "**", "_", "__", "~", "~~", "^", "==", "++", "::", "\"\"", "[", "]", "](", "](/x)", "][", "![", "(", ")", "`", "``",
        "<", ">", "<a ", "<a href=\"", "</a>", "<div>", "</div>", "<!--", "-->", "<?", "?>", "<!X", "<![CDATA[", "]]>",
        "&", "&#", "&amp;", "&#x1F600;", "\\", "\\*", "|", " | ", "$", "$$", ":::", "::: note", "{", "}", "{#id}", "{.c}",
        "[^1]", "[^1]: ", "[a]: /x ", "*[AI]: ", "https://a.b/c ", "www.a.b ", "mailto:a@b.c ", "<https://a.b>", "# ", "## ",
        "> ", "- ", "* ", "+ ", "1. ", "- [ ] ", "    ", "\t", "\n", "\n\n", "```", "~~~", "---", "===", "^^ ", ": ", "a  \n",
        "GPU ", "AI agent ", "word ", "text with spaces ", "大语言模型", "é",
    ];

    /// <summary>Ways to nest: each line of a block opens one level more than the last, up to a depth.</summary>
    private static readonly Func<int, string>[] Nestings =
    [
        level => new string(' ', 2 * level) + "- x\n",
        level => string.Concat(Enumerable.Repeat("> ", level + 1)) + "x\n",
        level => string.Concat(Enumerable.Repeat("- ", level + 1)) + "x\n",
        level => string.Concat(Enumerable.Repeat("> - ", level + 1)) + "x\n",
        level => "::: note\n",
        level => new string('[', level + 1) + "x\n",
        level => new string('*', level + 1) + "x" + new string('*', level + 1) + "\n",
        level => new string(' ', 3 * level) + "1. x\n",
    ];

    private static Gen<string> Units() => Gen.OneOf(
        Gen.Choose(1, 8).SelectMany(n => Gen.ArrayOf(Gen.Elements(Fragments), n)).Select(string.Concat),
        from nesting in Gen.Elements(Nestings)
        from depth in Gen.Choose(1, 150)
        select string.Concat(Enumerable.Range(0, depth).Select(nesting)) + "\n");

    private static string Repeat(string unit, int bytes) =>
        new StringBuilder().Insert(0, unit, Math.Max(1, (bytes + unit.Length - 1) / unit.Length)).ToString();

    [Fact]
    public void Four_times_the_markdown_costs_at_most_six_times_as_much_and_ends_in_html_or_located_errors()
    {
        var cases = from unit in Units() from kilobytes in Gen.Elements(1, 2, 4) select (Unit: unit, Bytes: kilobytes * 1024);
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var (one, four) = (Repeat(c.Unit, c.Bytes), Repeat(c.Unit, 4 * c.Bytes));
            foreach (var body in new[] { one, four }) ShouldBeHtmlOrLocatedErrors(body, Converter.Convert(body));
            var measured = LinearTime.Of(() => Converter.Convert(one), () => Converter.Convert(four));
            measured.Ratio.ShouldBeLessThanOrEqualTo(LinearTime.MaxRatio, $"{measured} for {Show(c.Unit)} repeated to {c.Bytes} and {4 * c.Bytes} bytes");
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(Runs));
    }

    /// <summary>Converting returned (no exception), and every problem is at a line of the body.</summary>
    private static void ShouldBeHtmlOrLocatedErrors(string body, RenderedMarkdown rendered)
    {
        var lines = body.Count(c => c == '\n') + 1;
        foreach (var issue in rendered.Issues)
        {
            issue.Code.ShouldMatch("^GEN0[0-9]{2}$");
            issue.Line.ShouldBeInRange(0, lines - 1, issue.ToString());
            issue.Column.ShouldBeGreaterThanOrEqualTo(0, issue.ToString());
        }
    }

    private static string Show(string unit) => unit.Length > 200 ? unit[..200].Replace("\n", "\\n") + "…" : unit.Replace("\n", "\\n");
}
