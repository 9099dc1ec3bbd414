using Generator.Content;
using Generator.Tests.Support;

namespace Generator.Tests.Content;

public class ParamMapTests
{
    private static ParamMap Read(string yaml, out DiagnosticBag diagnostics)
    {
        diagnostics = new DiagnosticBag();
        var file = new SourceFile("content/posts/x.md", "---\n" + yaml + "\n---\n");
        var document = FrontMatterDocument.Parse(file, diagnostics)!;
        return new FieldReader(document, document.Yaml!, diagnostics).Params();
    }

    [Fact]
    public void Plain_scalars_take_their_yaml_types_and_quoted_ones_stay_strings()
    {
        var map = Read("params:\n  n: 3\n  x: 1.5\n  yes: true\n  none: ~\n  text: hello\n  quoted: \"3\"", out var diagnostics);
        diagnostics.All.ShouldBeEmpty();
        map["n"].ShouldBe(3L);
        map["x"].ShouldBe(1.5);
        map["yes"].ShouldBe(true);
        map["none"].ShouldBeNull();
        map["text"].ShouldBe("hello");
        map["quoted"].ShouldBe("3");
    }

    [Fact]
    public void Lists_and_maps_nest()
    {
        var map = Read("params:\n  list: [a, 2]\n  map:\n    inner: [x]", out _);
        map["list"].ShouldBe(new object?[] { "a", 2L });
        ((ParamMap)map["map"]!)["inner"].ShouldBe(new object?[] { "x" });
    }

    [Fact]
    public void Nesting_past_the_limit_is_an_error_not_a_stack_overflow()
    {
        var deep = string.Concat(Enumerable.Repeat("[", 40)) + string.Concat(Enumerable.Repeat("]", 40));
        Read("params:\n  deep: " + deep, out var diagnostics);
        diagnostics.All.ShouldHaveSingleItem().Message.ShouldContain("nested more than 32 levels");
    }
}
