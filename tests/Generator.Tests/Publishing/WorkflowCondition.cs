using System.Text.RegularExpressions;

namespace Generator.Tests.Publishing;

/// <summary>
/// Evaluates the small part of GitHub's expression language a job's <c>if:</c> uses here: comparisons of a context
/// value with a quoted string (<c>github.ref == 'refs/heads/main'</c>) joined by <c>&amp;&amp;</c>. Anything else is
/// refused, so a changed condition is looked at again rather than guessed at.
/// </summary>
public static partial class WorkflowCondition
{
    public static bool Evaluate(string expression, IReadOnlyDictionary<string, string> context)
    {
        var text = expression.Trim();
        if (text.StartsWith("${{", StringComparison.Ordinal) && text.EndsWith("}}", StringComparison.Ordinal)) text = text[3..^2];
        if (text.Contains("||", StringComparison.Ordinal) || text.Contains('!') && !text.Contains("!=", StringComparison.Ordinal))
            throw new NotSupportedException($"'{expression}' uses operators the test does not evaluate");
        return text.Split("&&").All(clause =>
        {
            var match = Comparison().Match(clause);
            if (!match.Success) throw new NotSupportedException($"'{clause.Trim()}' is not a comparison of a context value with a 'string'");
            var name = match.Groups["name"].Value;
            var actual = context.TryGetValue(name, out var value) ? value : throw new NotSupportedException($"no value for '{name}'");
            // GitHub compares strings case-insensitively.
            var equal = string.Equals(actual, match.Groups["literal"].Value.Replace("''", "'"), StringComparison.OrdinalIgnoreCase);
            return match.Groups["op"].Value == "==" ? equal : !equal;
        });
    }

    [GeneratedRegex(@"^\s*(?<name>[a-z_]+(\.[a-z_]+)+)\s*(?<op>==|!=)\s*'(?<literal>(?:[^']|'')*)'\s*$")]
    private static partial Regex Comparison();
}
