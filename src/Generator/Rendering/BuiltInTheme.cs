using System.Reflection;
using System.Text;

namespace Generator.Rendering;

/// <summary>
/// The theme compiled into the tool: every file of the repository's templates/ (templates, partials, assets, and any
/// other file such as translations) as an embedded resource named <c>theme/&lt;path&gt;</c> (see Generator.csproj).
/// Whatever templates/ holds when the tool is built is what it ships.
/// </summary>
internal sealed class BuiltInTheme
{
    private const string ResourcePrefix = "theme/";

    private readonly IReadOnlySet<string> names;
    private readonly Func<string, Stream> open;

    private BuiltInTheme(IEnumerable<string> names, Func<string, Stream> open)
    {
        this.names = names.ToHashSet(StringComparer.Ordinal);
        this.open = open;
    }

    public static BuiltInTheme Embedded { get; } = FromAssembly(typeof(BuiltInTheme).Assembly);

    /// <summary>No built-in files: a site then needs a complete theme of its own.</summary>
    public static BuiltInTheme None { get; } = FromFiles(new Dictionary<string, byte[]>());

    /// <summary>A theme held in memory, by path relative to templates/ (tests use it to break a built-in file).</summary>
    public static BuiltInTheme FromFiles(IReadOnlyDictionary<string, byte[]> files) =>
        new(files.Keys, name => new MemoryStream(files[name], writable: false));

    private static BuiltInTheme FromAssembly(Assembly assembly)
    {
        // MSBuild's %(RecursiveDir) is written with the build machine's separator; names use '/' everywhere.
        var resourceByName = assembly.GetManifestResourceNames()
            .Where(r => r.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .ToDictionary(r => r[ResourcePrefix.Length..].Replace('\\', '/'), r => r, StringComparer.Ordinal);
        return new BuiltInTheme(resourceByName.Keys, name => assembly.GetManifestResourceStream(resourceByName[name])
            ?? throw new InvalidOperationException($"the built-in theme file {name} cannot be read"));
    }

    /// <summary>Paths relative to templates/, e.g. <c>partials/footer.sbn-html</c>, in ordinal order.</summary>
    public IEnumerable<string> Names => names.Order(StringComparer.Ordinal);

    public bool Contains(string name) => names.Contains(name);

    public byte[] Read(string name)
    {
        using var stream = Open(name);
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }

    /// <summary>The text as a site file's would be read: UTF-8, BOM removed, line endings normalised to \n.</summary>
    public string ReadText(string name)
    {
        var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(Read(name)).TrimStart('\uFEFF');
        return text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;
    }

    public Stream Open(string name) => open(name);
}
