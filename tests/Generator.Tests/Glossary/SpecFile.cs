namespace Generator.Tests.Glossary;

/// <summary>One example of a spec file: Markdown in, HTML out, with the options written after <c>example</c>.</summary>
public sealed record SpecExample(string Name, int Line, IReadOnlyList<string> Options, string Markdown, string Html);

/// <summary>
/// Reads spec files in Markdig's format: prose, with examples fenced by 32 backticks plus <c>example</c>, the
/// Markdown, a line holding only <c>.</c>, then the expected HTML. <c>→</c> stands for a tab, as in CommonMark's spec.
/// </summary>
public static class SpecFile
{
    private const string Fence = "````````````````````````````````";

    public static IReadOnlyList<SpecExample> Read(string path)
    {
        var examples = new List<SpecExample>();
        var lines = File.ReadAllText(path).Replace("\r\n", "\n").Split('\n');
        var section = "";
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith('#')) section = lines[i].TrimStart('#').Trim();
            if (!lines[i].StartsWith(Fence + " example", StringComparison.Ordinal)) continue;

            var start = i + 1;
            var options = lines[i][(Fence.Length + " example".Length)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var markdown = new List<string>();
            for (i++; lines[i] != "."; i++) markdown.Add(lines[i]);
            var html = new List<string>();
            for (i++; lines[i] != Fence; i++) html.Add(lines[i]);
            var number = examples.Count + 1;
            examples.Add(new SpecExample($"{section}, example {number} (line {start})", start, options,
                Untab(markdown), Untab(html)));
        }
        return examples;
    }

    private static string Untab(List<string> lines) => lines.Count == 0 ? "" : string.Join("\n", lines).Replace('→', '\t') + "\n";
}
