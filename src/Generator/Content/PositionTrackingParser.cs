using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Generator.Content;

/// <summary>Remembers where the last parsing event ended, so failures without a position can still be placed.</summary>
internal sealed class PositionTrackingParser(IParser inner) : IParser
{
    public Mark LastEnd { get; private set; } = Mark.Empty;

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        if (inner.Current is { } current) LastEnd = current.End;
        return inner.MoveNext();
    }
}
