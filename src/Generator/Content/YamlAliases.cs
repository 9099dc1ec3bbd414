using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Generator.Content;

/// <summary>
/// Counts, as the parser reads a YAML file, how many values its aliases (<c>*name</c>) repeat. YamlDotNet shares an
/// anchored node between its aliases, but everything that reads the tree (<c>params</c>, the control-character check)
/// walks every path through it: a 600-byte "billion laughs" repeated 10^8 values for 36 s, and an alias inside its
/// own anchor (<c>a: &amp;a [1, *a]</c>) never ended. Each alias adds the size of the value it names; past
/// <see cref="MaxRepeated"/> in one file, or at an alias inside its own anchor, the file is an error at that alias.
/// </summary>
internal sealed class YamlAliases
{
    /// <summary>Values aliases may repeat in one file: anchors save typing a block or two, never thousands of values.</summary>
    public const int MaxRepeated = 10_000;

    private readonly Dictionary<string, long> sizes = new(StringComparer.Ordinal);
    private readonly Stack<(string? Anchor, long Size)> open = new();
    private long repeated;

    public void Read(ParsingEvent e)
    {
        switch (e)
        {
            case AnchorAlias alias:
                var name = alias.Value.Value;
                if (open.Any(o => o.Anchor == name))
                    throw new YamlLimitException(e.Start, $"the alias *{name} is inside the value &{name} names, so it would repeat itself forever");
                var size = sizes.GetValueOrDefault(name, 1);
                repeated += size;
                if (repeated > MaxRepeated)
                    throw new YamlLimitException(e.Start, $"aliases (*name) in this file repeat more than {MaxRepeated:N0} values; write the values out, or repeat less");
                Add(size);
                break;
            case Scalar scalar:
                if (!scalar.Anchor.IsEmpty) sizes[scalar.Anchor.Value] = 1;
                Add(1);
                break;
            case MappingStart or SequenceStart:
                var anchor = ((NodeEvent)e).Anchor;
                open.Push((anchor.IsEmpty ? null : anchor.Value, 1));
                break;
            case MappingEnd or SequenceEnd when open.Count > 0:
                var (closed, total) = open.Pop();
                if (closed is not null) sizes[closed] = total;
                Add(total);
                break;
        }
    }

    private void Add(long size)
    {
        if (open.TryPop(out var top)) open.Push((top.Anchor, top.Size + size));
    }
}

internal sealed class YamlLimitException(Mark at, string message) : YamlException(at, at, message);
