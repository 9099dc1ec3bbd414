using YamlDotNet.Core;

namespace Generator.Content;

/// <summary>A YAML error placed at a YAML-relative line and column (1-based), with a message an author can act on.</summary>
internal sealed record YamlProblem(int Line, int Column, string Message);

/// <summary>
/// Turns YamlDotNet's parse errors into advice for the mistakes authors make most: a tab used for indentation, an
/// unquoted ': ' inside a value, a quote that is never closed, and a backslash escape in double quotes that YAML
/// cannot read (a lone half of a surrogate pair such as <c>"\uD800"</c>, an unknown <c>"\q"</c>). YamlDotNet places a
/// tab error at the start of the enclosing mapping and an escape error at the opening quote, so both are found in the
/// text instead.
/// </summary>
internal static class YamlErrorHint
{
    public static YamlProblem Explain(string yamlText, YamlException error, string message)
    {
        var lines = yamlText.Split('\n');
        if (message.Contains("tab", StringComparison.OrdinalIgnoreCase) && FirstIndentingTab(lines) is var (tabLine, tabColumn))
            return new YamlProblem(tabLine, tabColumn,
                "malformed YAML: a tab in the indentation; YAML indents with spaces only, so use spaces instead of the tab");

        var line = (int)error.Start.Line;
        var column = (int)error.Start.Column;
        var text = line >= 1 && line <= lines.Length ? lines[line - 1] : "";
        if (message.Contains("surrogate", StringComparison.Ordinal) || message.Contains("escape", StringComparison.Ordinal)
            || message.Contains("hexadecimal", StringComparison.Ordinal))
            return YamlEscapes.FirstProblem(yamlText, line, column) ?? new YamlProblem(line, column, $"malformed YAML: {message}");
        if (message.Contains("found invalid mapping", StringComparison.Ordinal) && UnquotedColon(text) is { } advice)
            return new YamlProblem(line, column, advice);
        if (message.Contains("quoted scalar", StringComparison.Ordinal) && column >= 1 && column <= text.Length
            && text[column - 1] is var quote and ('"' or '\''))
            return new YamlProblem(line, column,
                $"malformed YAML: the value starting with {quote} here has no closing {quote}; end it with {quote} on the same line");
        return new YamlProblem(line, column, $"malformed YAML: {message}");
    }

    /// <summary>The first line whose leading whitespace holds a tab, outside block scalars' content.</summary>
    private static (int Line, int Column)? FirstIndentingTab(string[] lines)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].IndexOf('\t', 0, indent);
            if (tab >= 0 && indent < lines[i].Length) return (i + 1, tab + 1);
        }
        return null;
    }

    /// <summary>"title: Kimi: the model" → quote the value: title: "Kimi: the model".</summary>
    private static string? UnquotedColon(string line)
    {
        var trimmed = line.TrimStart();
        var dash = trimmed.StartsWith("- ", StringComparison.Ordinal) ? "- " : "";
        var colon = trimmed.IndexOf(": ", dash.Length, StringComparison.Ordinal);
        if (colon < 0) return null;
        var key = trimmed[dash.Length..colon];
        var value = trimmed[(colon + 2)..].Trim();
        if (key.Length == 0 || value.Length == 0 || value[0] is '"' or '\'') return null;
        var quoted = "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
        return $"malformed YAML: the value of '{key}' contains ': ', which YAML reads as another key; quote the value: {key}: {quoted}";
    }
}
