using Generator.Content;

namespace Generator.Rendering;

/// <summary>
/// One file of the theme, by its path relative to templates/ (<c>partials/footer.sbn-html</c>, <c>assets/site.css</c>),
/// and where it comes from: the site's own templates/ (<see cref="SitePath"/>) or the built-in theme.
/// </summary>
internal sealed record ThemeFile(string Name, string? SitePath)
{
    public bool IsBuiltIn => SitePath is null;

    /// <summary>How diagnostics name the file: <c>templates/post.sbn-html</c> for the site's own file (relative to the
    /// site root, like every other path), <c>theme:post.sbn-html</c> for the built-in one.</summary>
    public string DisplayPath => IsBuiltIn ? ThemeFiles.BuiltInPrefix + Name : ThemeFiles.Folder + "/" + Name;
}

/// <summary>
/// The theme's files, looked up file by file: a site's <c>templates/&lt;path&gt;</c> overrides the built-in file of the
/// same path, and every other file comes from the built-in theme. So a blog can override one partial and still receive
/// theme fixes when the tool is upgraded. The listing is taken once (per build); contents are read when asked for.
/// </summary>
internal sealed class ThemeFiles
{
    public const string Folder = "templates";
    public const string BuiltInPrefix = "theme:";

    private readonly string siteRoot;
    private readonly SortedDictionary<string, ThemeFile> files;

    private ThemeFiles(string siteRoot, BuiltInTheme builtIn, SortedDictionary<string, ThemeFile> files)
    {
        this.siteRoot = siteRoot;
        BuiltIn = builtIn;
        this.files = files;
    }

    public BuiltInTheme BuiltIn { get; }

    /// <summary>Every file, the site's and the built-in ones, by name in ordinal order.</summary>
    public IReadOnlyCollection<ThemeFile> All => files.Values;

    /// <param name="diagnostics">Where links out of the site, devices and unreadable files of the site's templates/ are
    /// reported (<see cref="InputTree"/>, the same rules as content/); such files are left out.</param>
    public static ThemeFiles Of(string siteRoot, BuiltInTheme? builtIn = null, DiagnosticBag? diagnostics = null)
    {
        builtIn ??= BuiltInTheme.Embedded;
        var files = new SortedDictionary<string, ThemeFile>(StringComparer.Ordinal);
        foreach (var name in builtIn.Names) files[name] = new ThemeFile(name, null);
        foreach (var file in InputTree.Walk(siteRoot, Folder, diagnostics ?? new DiagnosticBag(), probeReadable: false))
        {
            var name = file.RelativePath[(Folder.Length + 1)..];
            if (!IsHidden(name)) files[name] = new ThemeFile(name, file.FullPath);
        }
        return new ThemeFiles(siteRoot, builtIn, files);
    }

    public ThemeFile? Find(string name) => files.GetValueOrDefault(name);

    /// <summary>The files below <paramref name="folder"/> (<c>assets</c>), at any depth.</summary>
    public IEnumerable<ThemeFile> Under(string folder) =>
        files.Values.Where(f => f.Name.StartsWith(folder + "/", StringComparison.Ordinal));

    public byte[] ReadBytes(ThemeFile file) => file.SitePath is { } path ? File.ReadAllBytes(path) : BuiltIn.Read(file.Name);

    /// <summary>The file as text; a site file that is not UTF-8 is reported at its own path.</summary>
    public SourceFile? ReadText(ThemeFile file, DiagnosticBag diagnostics) => file.SitePath is { } path
        ? SourceFile.Read(siteRoot, path, diagnostics)
        : new SourceFile(file.DisplayPath, BuiltIn.ReadText(file.Name));

    public void CopyTo(ThemeFile file, string destination)
    {
        if (file.SitePath is { } path)
        {
            File.Copy(path, destination, overwrite: true);
            return;
        }
        using var source = BuiltIn.Open(file.Name);
        using var target = File.Create(destination);
        source.CopyTo(target);
    }

    /// <summary>Dot files and folders (.DS_Store, an editor's .swp, .git) are not part of a theme, built-in or not.</summary>
    public static bool IsHidden(string name) => name.Split('/').Any(segment => segment.StartsWith('.'));
}
