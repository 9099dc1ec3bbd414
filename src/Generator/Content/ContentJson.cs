using System.Text.Json.Serialization;

namespace Generator.Content;

/// <summary>
/// Compile-time JSON metadata for content records that serve fingerprints: a glossary's terms (whether converted posts
/// can be reused, <see cref="Markdown.MarkdownCache"/>) and what a params map holds, met as object at run time
/// (front matter's and site.yml's <c>params</c>, inside any record or view). The Native AOT tool has no reflection-based
/// JSON, so every such type is named here.
/// </summary>
[JsonSerializable(typeof(IReadOnlyList<GlossaryTerm>))]
[JsonSerializable(typeof(ParamMap))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(double))]
[JsonSerializable(typeof(bool))]
[JsonSerializable(typeof(object[]))]
internal sealed partial class ContentJson : JsonSerializerContext;
