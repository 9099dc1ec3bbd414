using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Generator.Authoring;

/// <summary>
/// Adds one entry to a list of site.yml (authors, categories) by inserting lines, never by re-serialising the YAML,
/// so comments, quoting and the order of everything else stay exactly as the author wrote them. The entry goes after
/// the list's last line, indented like the list's first entry; a missing list is appended as a new block.
/// </summary>
internal static partial class SiteYmlList
{
    public sealed record Insertion(string Text, int Line);

    /// <summary>The text with the entry added, and the file line of its first key; or why it cannot be done safely.</summary>
    public static (Insertion? Result, string? Problem) Add(string text, string listKey, IReadOnlyList<(string Key, string Value)> fields)
    {
        if (Parse(text) is not { } root) return (null, "site.yml is not a YAML mapping");
        var lines = text.Split('\n').ToList();
        if (lines[^1].Length == 0) lines.RemoveAt(lines.Count - 1); // the final newline ends the last line
        var style = Style(root, listKey);
        var entry = Entry(fields, style.Dash, style.Key);

        var pair = root.Children.FirstOrDefault(p => p.Key is YamlScalarNode { Value: var k } && k == listKey);
        int insertAt; // index in lines before which the entry goes
        switch (pair.Value)
        {
            case null:
                lines.Add($"{listKey}:");
                insertAt = lines.Count;
                break;
            case YamlScalarNode { Value: null or "" }:
                insertAt = (int)pair.Key.Start.Line;
                break;
            case YamlSequenceNode { Style: SequenceStyle.Flow, Children.Count: 0 } empty:
                var line = (int)empty.Start.Line - 1;
                var open = (int)empty.Start.Column - 1;
                var close = lines[line].IndexOf(']', open); // YamlDotNet's node end does not reach past the ']'
                if (close < 0) return (null, $"'{listKey}: []' in site.yml spans lines; write '{listKey}:' on a line of its own");
                lines[line] = (lines[line][..open].TrimEnd() + lines[line][(close + 1)..]).TrimEnd();
                insertAt = line + 1;
                break;
            case YamlSequenceNode { Style: not SequenceStyle.Flow } sequence when sequence.Children.All(c => c is YamlMappingNode):
                insertAt = LastLineOfBlock(lines, (int)pair.Key.Start.Line - 1, (int)pair.Key.Start.Column - 1) + 1;
                break;
            case YamlSequenceNode:
                return (null, $"'{listKey}' in site.yml is written in a form this command does not edit; add the entry by hand:\n{string.Join("\n", entry)}");
            default:
                return (null, $"'{listKey}' in site.yml must be a list of entries starting with '- id:'");
        }
        lines.InsertRange(insertAt, entry);
        return (new Insertion(string.Join("\n", lines) + "\n", insertAt + 1), null);
    }

    /// <summary>A value as the author would write it: plain when that reads back unchanged, else double-quoted.</summary>
    public static string Scalar(string value) =>
        PlainSafe().IsMatch(value) && !Reserved().IsMatch(value) ? value : NewContentResult.Quote(value);

    private static YamlMappingNode? Parse(string text)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            return stream.Documents.Count == 0 ? new YamlMappingNode() : stream.Documents[0].RootNode as YamlMappingNode;
        }
        catch (YamlException)
        {
            return null;
        }
    }

    /// <summary>The indentation of the '-' and of the keys, from this list's first entry, else another list's, else 2 and 4.</summary>
    private static (int Dash, int Key) Style(YamlMappingNode root, string listKey)
    {
        var lists = root.Children.Where(p => p.Value is YamlSequenceNode { Style: not SequenceStyle.Flow, Children.Count: > 0 } s && s.Children[0] is YamlMappingNode)
            .OrderBy(p => p.Key is YamlScalarNode { Value: var k } && k == listKey ? 0 : 1).Select(p => (YamlSequenceNode)p.Value);
        return lists.FirstOrDefault() is { } list
            ? ((int)list.Start.Column - 1, (int)list.Children[0].Start.Column - 1)
            : (2, 4);
    }

    private static List<string> Entry(IReadOnlyList<(string Key, string Value)> fields, int dash, int key) =>
        fields.Select((f, i) => (i == 0 ? new string(' ', dash) + "- " + new string(' ', Math.Max(0, key - dash - 2)) : new string(' ', key))
            + $"{f.Key}: {Scalar(f.Value)}").ToList();

    /// <summary>
    /// The last line that belongs to the block under the key on line <paramref name="keyLine"/>: lines indented deeper
    /// than the key, or '-' entries at the key's own indentation. Blank and comment lines after the last entry belong
    /// to what follows (a comment above the next key describes that key).
    /// </summary>
    private static int LastLineOfBlock(List<string> lines, int keyLine, int keyIndent)
    {
        var last = keyLine;
        for (var i = keyLine + 1; i < lines.Count; i++)
        {
            var trimmed = lines[i].TrimStart(' ');
            if (trimmed.Length == 0 || trimmed.StartsWith('#')) continue;
            var indent = lines[i].Length - trimmed.Length;
            if (indent > keyIndent || (indent == keyIndent && (trimmed == "-" || trimmed.StartsWith("- ", StringComparison.Ordinal)))) last = i;
            else break;
        }
        return last;
    }

    [GeneratedRegex(@"^[\p{L}\p{N}][\p{L}\p{N} .,'-]*[\p{L}\p{N}.]$|^[\p{L}\p{N}]$")]
    private static partial Regex PlainSafe();

    /// <summary>Words and numbers YAML would read as something other than a string.</summary>
    [GeneratedRegex(@"^(?i:true|false|yes|no|on|off|null|y|n)$|^[-+.0-9][0-9.,eE_+-]*$")]
    private static partial Regex Reserved();
}
