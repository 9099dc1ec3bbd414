using System.Text.RegularExpressions;
using Generator.Content;

namespace Generator.Rendering;

/// <summary>
/// Scriban reports a block without <c>{{ end }}</c> at the end of the file, where nothing is wrong. This finds the
/// block that was left open, so the error points at the line the author has to fix.
/// </summary>
internal static partial class UnclosedBlock
{
    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal)
        { "if", "for", "while", "tablerow", "capture", "case", "with", "wrap", "func" };

    /// <summary>The innermost block of the given kind (or of any kind, when null) still open at the end of the text.</summary>
    public static (int Line, int Column)? Find(string text, string? keyword)
    {
        var open = new Stack<(string Keyword, int Index)>();
        foreach (Match block in CodeBlock().Matches(text))
        {
            var code = block.Groups["code"];
            foreach (Match statement in StatementStart().Matches(code.Value))
            {
                var word = statement.Groups["word"].Value;
                if (Openers.Contains(word)) open.Push((word, code.Index + statement.Groups["word"].Index));
                else if (word == "end" && open.Count > 0) open.Pop();
            }
        }
        foreach (var (word, index) in open)
            if (keyword is null || word == keyword) return Position(text, index);
        return null;
    }

    /// <summary>The statement kind Scriban names in "Error while parsing if statement: …".</summary>
    public static string? KeywordOf(string message) =>
        ParsingStatement().Match(message) is { Success: true } m ? m.Groups[1].Value : null;

    private static (int Line, int Column) Position(string text, int index)
    {
        var line = 1 + text.AsSpan(0, index).Count('\n');
        var lineStart = index == 0 ? 0 : text.LastIndexOf('\n', index - 1) + 1;
        return (line, index - lineStart + 1);
    }

    [GeneratedRegex(@"\{\{[~-]?(?<code>(?:[^}'""]|'[^']*'|""[^""]*""|\}(?!\}))*)[~-]?\}\}", RegexOptions.Singleline)]
    private static partial Regex CodeBlock();

    // A statement starts a block, a line or follows ';'; its first word says what it is. "else if" starts with else.
    [GeneratedRegex(@"(?:^|[\n;])[ \t\r]*(?<word>[a-z_]+)\b")]
    private static partial Regex StatementStart();

    [GeneratedRegex(@"Error while parsing (\w+) statement")]
    private static partial Regex ParsingStatement();
}
