namespace Generator.Tests.Publishing;

/// <summary>
/// A built site as actions/upload-pages-artifact packs it and GitHub Pages serves it: the files of the folder
/// (without .git and .github, and without dot files unless include-hidden-files is set), a tar archive of at most
/// 1 GB with no links, readable by everyone; a URL path below the base path maps to a file as Pages maps it.
/// </summary>
public sealed class PagesArtifact
{
    /// <summary>GitHub Pages' published-site and artifact limit.</summary>
    public const long SizeLimit = 1_000_000_000;

    private readonly HashSet<string> files;
    private readonly HashSet<string> folders;

    private PagesArtifact(string root, List<string> files, List<string> folders, List<string> links, long tarSize)
    {
        Root = root;
        this.files = new HashSet<string>(files, StringComparer.Ordinal);
        this.folders = new HashSet<string>(folders, StringComparer.Ordinal);
        Files = files;
        Links = links;
        TarSize = tarSize;
    }

    public string Root { get; }

    /// <summary>Paths relative to the root, '/'-separated.</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>Symbolic links anywhere in the folder (Pages refuses an artifact holding any).</summary>
    public IReadOnlyList<string> Links { get; }

    /// <summary>The size of the tar archive: a 512-byte header per entry, contents padded to 512 bytes, 1 KiB trailer.</summary>
    public long TarSize { get; }

    public static PagesArtifact Pack(string folder, bool includeHiddenFiles)
    {
        var root = Path.GetFullPath(folder);
        List<string> files = [], folders = [], links = [];
        long tar = 1024;
        foreach (var entry in new DirectoryInfo(root).EnumerateFileSystemInfos("*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(root, entry.FullName).Replace('\\', '/');
            if (entry.LinkTarget is not null) links.Add(relative);
            if (IsExcluded(relative, includeHiddenFiles)) continue;
            tar += 512;
            if (entry is FileInfo file)
            {
                files.Add(relative);
                tar += (file.Length + 511) / 512 * 512;
            }
            else folders.Add(relative);
        }
        files.Sort(StringComparer.Ordinal);
        return new PagesArtifact(root, files, folders, links, tar);
    }

    /// <summary>What the action's tar command leaves out.</summary>
    private static bool IsExcluded(string relative, bool includeHiddenFiles) =>
        relative.Split('/').Any(s => s is ".git" or ".github" || (!includeHiddenFiles && s.StartsWith('.')));

    public bool Contains(string relative) => files.Contains(relative);

    /// <summary>
    /// The file Pages answers a decoded path below the base path with: the file itself; a folder's index.html (with a
    /// redirect to the slash when it is missing); or, for a path without an extension, the file with ".html".
    /// </summary>
    public string? Resolve(string relativePath)
    {
        if (relativePath.Length == 0 || relativePath.EndsWith('/')) return Found(relativePath + "index.html");
        return Found(relativePath)
            ?? (folders.Contains(relativePath) ? Found(relativePath + "/index.html") : null)
            ?? Found(relativePath + ".html");
    }

    private string? Found(string relative) => files.Contains(relative) ? relative : null;

    /// <summary>Files or folders Pages cannot read: files need read for others, folders read and execute (deployment_perms_error).</summary>
    public IReadOnlyList<string> Unreadable() =>
        files.Where(f => !ModeOf(f).HasFlag(UnixFileMode.OtherRead))
            .Concat(folders.Where(d => !ModeOf(d).HasFlag(UnixFileMode.OtherRead | UnixFileMode.OtherExecute)))
            .ToList();

    /// <summary>Windows has no such modes; everything counts as readable there.</summary>
    private UnixFileMode ModeOf(string relative) =>
        OperatingSystem.IsWindows() ? UnixFileMode.OtherRead | UnixFileMode.OtherExecute : File.GetUnixFileMode(Path.Combine(Root, relative));
}
