using System.Text.Json;
using System.Text.Json.Serialization;

namespace Generator.Output;

/// <summary>
/// Compile-time serializers for the JSON files every build writes (search index, follow index, JSON Feed). Without
/// them System.Text.Json reflects over each type on first use and emits its accessors as dynamic methods, start-up
/// work the example blog's build paid for on every run (bench/README.md, "The example blog"). Each file keeps its own
/// options (key names, escaping, indentation); this context only supplies the types' metadata to them.
/// </summary>
[JsonSerializable(typeof(SearchEntry[]))]
[JsonSerializable(typeof(FollowIndexFile))]
[JsonSerializable(typeof(JsonFeed.Document))]
internal sealed partial class OutputJson : JsonSerializerContext
{
    /// <summary>Options for a file: <paramref name="options"/> with this context as the source of type metadata.</summary>
    public static JsonSerializerOptions With(JsonSerializerOptions options)
    {
        options.TypeInfoResolver = Default;
        options.MakeReadOnly();
        return options;
    }
}
