using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Generator.Content;

/// <summary>
/// Remembers where the last parsing event ended, so failures without a position can still be placed, and stops
/// documents nested deeper than <see cref="MaxDepth"/>: YamlDotNet builds its node tree recursively, so 20,000 nested
/// <c>{a: {a: …}}</c> would overflow the stack and kill the process (serve included); and counts what aliases repeat
/// (<see cref="YamlAliases"/>).
/// </summary>
internal sealed class PositionTrackingParser(IParser inner) : IParser
{
    public const int MaxDepth = 64;

    private readonly YamlAliases aliases = new();
    private int depth;

    public Mark LastEnd { get; private set; } = Mark.Empty;

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        if (inner.Current is { } current) LastEnd = current.End;
        if (!inner.MoveNext()) return false;
        if (inner.Current is MappingStart or SequenceStart && ++depth > MaxDepth) throw new YamlTooDeepException(inner.Current.Start);
        if (inner.Current is MappingEnd or SequenceEnd) depth--;
        aliases.Read(inner.Current!);
        return true;
    }
}

internal sealed class YamlTooDeepException(Mark at)
    : YamlException(at, at, $"lists and mappings are nested more than {PositionTrackingParser.MaxDepth} levels deep");
