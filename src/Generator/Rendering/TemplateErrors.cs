using System.Text.RegularExpressions;
using Generator.Content;
using Scriban.Syntax;

namespace Generator.Rendering;

/// <summary>
/// Turns Scriban's runtime errors into messages a theme author can act on: which object lacks the member, what it
/// does have, and the closest name (<c>'titel' is not a member of PostView (did you mean 'title'?)</c>).
/// </summary>
internal static partial class TemplateErrors
{
    public static string Explain(ScriptRuntimeException error, ThemeContext context, IEnumerable<string> variables)
    {
        var message = error.OriginalMessage.Split('\n')[0].Trim();
        if (message.StartsWith("Cannot get member with name", StringComparison.Ordinal) && context.LastMissingMember is var (target, member))
        {
            var members = context.MembersOf(target);
            return $"'{member}' is not a member of {target.GetType().Name}{DidYouMean.Hint(member, members)}; it has: {string.Join(", ", members)}";
        }
        if (UnknownVariable().Match(message) is { Success: true } unknown)
        {
            var name = unknown.Groups[1].Value;
            return $"unknown variable or function '{name}'{DidYouMean.Hint(name, variables)}";
        }
        return message;
    }

    [GeneratedRegex("^The variable or function `([^`]+)` was not found")]
    private static partial Regex UnknownVariable();
}
