using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

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

    /// <summary>Serializes with the metadata of options whose resolver is a compile-time context (<see cref="With"/>'s, or
    /// <c>check</c>'s): no reflection, so it runs in the Native AOT tool as it does in the JIT one.</summary>
    public static string Serialize<T>(T value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(value, (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)));

    public static T? Deserialize<T>(string json, JsonSerializerOptions options) =>
        JsonSerializer.Deserialize(json, (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)));
}
