using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Generator.Rendering;
using Generator.Serve;

namespace Generator.Record;

/// <summary>
/// How a page's view becomes bytes for its key. Most of a view repeats across pages: the site (menus, categories)
/// on every page, a post's card on every list that shows it, a post's body. Serialized in full for each of 23,000 pages
/// they cost more than rendering the pages did (8 s of CPU on the 10,000-post corpus, bench/README.md), so a shared view
/// is written as the hash of its JSON, computed once per object, and HTML as the hash of its bytes. The key still changes
/// exactly when the JSON would: the hash covers every member.
/// </summary>
internal static class KeyJson
{
    public static JsonSerializerOptions Options => Holder.Value;

    /// <summary>A view as key JSON; one JSON cannot describe (a theme author's own view type) gives bytes no other call
    /// gives, so whatever depends on it is made again.</summary>
    public static byte[] Bytes(object value)
    {
        try
        {
            if (Options.TryGetTypeInfo(value.GetType(), out var type)) return JsonSerializer.SerializeToUtf8Bytes(value, type);
        }
        catch (NotSupportedException)
        {
        }
        return Guid.NewGuid().ToByteArray();
    }

    /// <summary>The hash of a post's card, as written into keys (the same value, computed once per card).</summary>
    public static string HashOf(PostSummaryView card) => Holder.Cards.HashOf(card);

    private static class Holder
    {
        private static readonly JsonSerializerOptions Whole = ServeJson.Fingerprints; // the views member by member
        public static readonly HashedOnce<PostSummaryView> Cards = new((JsonTypeInfo<PostSummaryView>)Whole.GetTypeInfo(typeof(PostSummaryView)));
        public static readonly JsonSerializerOptions Value = Create();

        private static JsonSerializerOptions Create()
        {
            var options = new JsonSerializerOptions(Whole);
            options.Converters.Add(new HashedOnce<SiteView>((JsonTypeInfo<SiteView>)Whole.GetTypeInfo(typeof(SiteView))));
            options.Converters.Add(Cards);
            options.Converters.Add(new HtmlHash());
            options.MakeReadOnly();
            return options;
        }
    }

    /// <summary>A shared view as the hash of its whole JSON, remembered for the object (views are immutable).</summary>
    private sealed class HashedOnce<T>(JsonTypeInfo<T> whole) : JsonConverter<T> where T : class
    {
        private readonly ConditionalWeakTable<T, string> hashes = [];

        public string HashOf(T value) =>
            hashes.TryGetValue(value, out var known) ? known
                : hashes.GetValue(value, v => InputHashes.Hex(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(v, whole))));

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(HashOf(value));

        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("keys are only written");
    }

    private sealed class HtmlHash : JsonConverter<HtmlString>
    {
        public override void Write(Utf8JsonWriter writer, HtmlString value, JsonSerializerOptions options) =>
            writer.WriteStringValue(InputHashes.Hex(value.Sha256()));

        public override HtmlString Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("keys are only written");
    }
}
