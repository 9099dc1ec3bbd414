using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Generator.Content;
using Generator.Rendering;

namespace Generator.Serve;

/// <summary>
/// Compile-time JSON metadata for what serve writes as JSON: the live-reload messages, and the fingerprints that say
/// whether a page's inputs changed (its model and meta, a post's card). Reflection-based serialization
/// is not there in the Native AOT tool, so every type serve serializes is named here; a type that is not (a model
/// without an entry) makes its page render every time rather than fail (<see cref="IncrementalRenderer"/>).
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(LiveReloadMessage))]
[JsonSerializable(typeof(PageMeta))]
[JsonSerializable(typeof(ListModel))]
[JsonSerializable(typeof(PostModel))]
[JsonSerializable(typeof(TagIndexModel))]
[JsonSerializable(typeof(GlossaryIndexModel))]
[JsonSerializable(typeof(TermModel))]
[JsonSerializable(typeof(PageModel))]
[JsonSerializable(typeof(NotFoundModel))]
[JsonSerializable(typeof(SearchModel))]
[JsonSerializable(typeof(PostSummaryView))]
internal sealed partial class ServeJson : JsonSerializerContext
{
    /// <summary>For fingerprints: a cycle is cut rather than an error, as a key only has to change when its input does.
    /// (A class of its own: a static field here could be initialised before the generated <c>Default</c>.)</summary>
    public static JsonSerializerOptions Fingerprints => FingerprintOptions.Value;

    private static class FingerprintOptions
    {
        // Views hold params maps, whose values' metadata is the content records' (ContentJson).
        public static readonly JsonSerializerOptions Value = new()
        {
            ReferenceHandler = ReferenceHandler.IgnoreCycles,
            TypeInfoResolver = JsonTypeInfoResolver.Combine(Default, ContentJson.Default),
        };
    }
}

/// <summary>The body of a live-reload event; members left null are not sent.</summary>
internal sealed record LiveReloadMessage
{
    public bool? Broken { get; init; }
    public IReadOnlyList<string>? Diagnostics { get; init; }
    public IReadOnlyList<string>? Urls { get; init; }
    public IReadOnlyDictionary<string, string>? Stylesheets { get; init; }
}
