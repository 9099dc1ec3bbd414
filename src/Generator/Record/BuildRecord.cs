using System.Text;

namespace Generator.Record;

/// <summary>One page of the record: where it went, its key, the names of its inputs, and the hash of the bytes it was.</summary>
internal sealed record PageEntry(string Path, string Key, IReadOnlyList<string> Parts, IReadOnlyList<string> Own, string Output);

/// <summary>A cache entry's size and modification time as the build that wrote or checked it saw them.</summary>
internal readonly record struct EntryStamp(long Length, long Ticks);

/// <summary>
/// The dependency record of one build (issue 21): every page with what it was made from, the hash of every named input,
/// and the content hash of every file the build wrote through the cache (pages, feeds, sitemap, search index). The
/// next build compares its pages' keys with these and renders only those that differ.
/// </summary>
/// <param name="Tool">The tool that made it (version and build): another tool may render the same inputs differently.</param>
/// <param name="Outputs">Output path → SHA-256 (hex) of its bytes: the cache entry holding them.</param>
/// <param name="Stamps">Each entry's size and time when its bytes were last known to hash to its name
/// (<see cref="BuildCache.Find"/>).</param>
internal sealed record BuildRecord(string Tool, IReadOnlyDictionary<string, string> Hashes,
    IReadOnlyDictionary<string, PageEntry> Pages, IReadOnlyDictionary<string, string> Outputs,
    IReadOnlyDictionary<string, EntryStamp> Stamps)
{
    private const string Magic = "newsgen build record 1";

    /// <summary>Names, URLs and paths repeat across pages, so each string is written once and referred to by number;
    /// the last 32 bytes are the SHA-256 of all before them, so a record cut short or edited is not trusted.</summary>
    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        WriteTo(stream);
        return stream.ToArray();
    }

    /// <summary>Writes the record (<see cref="ToBytes"/>) through SHA-256 to <paramref name="output"/>: at 10,000 posts it
    /// is 8 MB, which copies in memory at the end of a build (where its memory peaks) would add to the peak three times.</summary>
    public void WriteTo(Stream output)
    {
        // In ordinal order: the same build makes the same bytes, whatever order its threads recorded pages in.
        var hashes = Hashes.OrderBy(h => h.Key, StringComparer.Ordinal).ToList();
        var pages = Pages.OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
        var outputs = Outputs.OrderBy(o => o.Key, StringComparer.Ordinal).ToList();
        var stamps = Stamps.OrderBy(o => o.Key, StringComparer.Ordinal).ToList();
        ChecksummedFile.Write(output, writer =>
        {
            writer.Write(Magic);
            writer.Write(Tool);
            var table = new Dictionary<string, int>(StringComparer.Ordinal);
            var strings = new List<string>();
            int Id(string s)
            {
                if (table.TryGetValue(s, out var id)) return id;
                table[s] = strings.Count;
                strings.Add(s);
                return strings.Count - 1;
            }
            foreach (var (url, page) in pages)
            {
                Id(url);
                Id(page.Path);
                foreach (var part in page.Parts.Concat(page.Own)) Id(part);
            }
            foreach (var name in hashes.Select(h => h.Key).Concat(outputs.Select(o => o.Key))) Id(name);
            writer.Write7BitEncodedInt(strings.Count);
            foreach (var s in strings) writer.Write(s);
            writer.Write7BitEncodedInt(hashes.Count);
            foreach (var (name, hash) in hashes)
            {
                writer.Write7BitEncodedInt(Id(name));
                writer.Write(hash);
            }
            writer.Write7BitEncodedInt(pages.Count);
            foreach (var (url, page) in pages)
            {
                writer.Write7BitEncodedInt(Id(url));
                writer.Write7BitEncodedInt(Id(page.Path));
                writer.Write(Convert.FromHexString(page.Key));
                writer.Write(Convert.FromHexString(page.Output));
                WriteIds(writer, page.Parts.Select(Id));
                WriteIds(writer, page.Own.Select(Id));
            }
            writer.Write7BitEncodedInt(outputs.Count);
            foreach (var (path, hash) in outputs)
            {
                writer.Write7BitEncodedInt(Id(path));
                writer.Write(Convert.FromHexString(hash));
            }
            writer.Write7BitEncodedInt(stamps.Count);
            foreach (var (hash, stamp) in stamps)
            {
                writer.Write(Convert.FromHexString(hash));
                writer.Write7BitEncodedInt64(stamp.Length);
                writer.Write(stamp.Ticks);
            }
        });
    }

    private static void WriteIds(BinaryWriter writer, IEnumerable<int> ids)
    {
        var list = ids.ToList();
        writer.Write7BitEncodedInt(list.Count);
        foreach (var id in list) writer.Write7BitEncodedInt(id);
    }

    /// <summary>The record in <paramref name="bytes"/>; null when they are not one this tool wrote whole (cut short,
    /// edited, or another format).</summary>
    public static BuildRecord? FromBytes(byte[] bytes) => ChecksummedFile.Read(bytes, (reader, _) => Read(reader));

    /// <summary>The record <paramref name="input"/> holds, read to its end; null as for <see cref="FromBytes"/>.</summary>
    public static BuildRecord? ReadFrom(Stream input) => ChecksummedFile.Read(input, Read);

    private static BuildRecord? Read(BinaryReader reader)
    {
        if (reader.ReadString() != Magic) return null;
        var tool = reader.ReadString();
        var strings = new string[reader.Read7BitEncodedInt()];
        for (var i = 0; i < strings.Length; i++) strings[i] = reader.ReadString();
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var n = reader.Read7BitEncodedInt(); n > 0; n--) hashes[strings[reader.Read7BitEncodedInt()]] = reader.ReadString();
        var pages = new Dictionary<string, PageEntry>(StringComparer.Ordinal);
        for (var n = reader.Read7BitEncodedInt(); n > 0; n--)
        {
            var url = strings[reader.Read7BitEncodedInt()];
            var path = strings[reader.Read7BitEncodedInt()];
            var key = Convert.ToHexStringLower(reader.ReadBytes(16));
            var output = Convert.ToHexStringLower(reader.ReadBytes(32));
            pages[url] = new PageEntry(path, key, ReadIds(reader, strings), ReadIds(reader, strings), output);
        }
        var outputs = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var n = reader.Read7BitEncodedInt(); n > 0; n--)
            outputs[strings[reader.Read7BitEncodedInt()]] = Convert.ToHexStringLower(reader.ReadBytes(32));
        var stamps = new Dictionary<string, EntryStamp>(StringComparer.Ordinal);
        for (var n = reader.Read7BitEncodedInt(); n > 0; n--)
            stamps[Convert.ToHexStringLower(reader.ReadBytes(32))] = new EntryStamp(reader.Read7BitEncodedInt64(), reader.ReadInt64());
        return new BuildRecord(tool, hashes, pages, outputs, stamps);
    }

    private static string[] ReadIds(BinaryReader reader, string[] strings)
    {
        var ids = new string[reader.Read7BitEncodedInt()];
        for (var i = 0; i < ids.Length; i++) ids[i] = strings[reader.Read7BitEncodedInt()];
        return ids;
    }

    /// <summary>This build of the tool: its version and the identity of its compiled code, which changes with any change
    /// to how pages are made even when the version does not.</summary>
    public static string ThisTool { get; } =
        Scaffold.SiteTemplate.ToolVersion + " " + typeof(BuildRecord).Module.ModuleVersionId.ToString("N");
}
