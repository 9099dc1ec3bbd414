using System.Collections.Concurrent;

namespace Generator.Content;

/// <summary>
/// Files in content/ that are not Markdown (images, PDFs, downloads): copied to the output at the same path below
/// content/, so <c>content/images/chart.svg</c> is served as <c>/images/chart.svg</c>. Also answers image sizes for
/// pages that show them.
/// </summary>
internal sealed class StaticFiles
{
    public const string Folder = "content";

    private readonly string contentFolder;
    private readonly HashSet<string> paths;
    private readonly ConcurrentDictionary<string, (int Width, int Height)?> sizes = new(StringComparer.Ordinal);

    private StaticFiles(string contentFolder, IReadOnlyList<string> relativePaths)
    {
        this.contentFolder = contentFolder;
        Paths = relativePaths;
        paths = new HashSet<string>(relativePaths, StringComparer.Ordinal);
    }

    /// <summary>Paths relative to content/, with '/' separators, in ordinal order.</summary>
    public IReadOnlyList<string> Paths { get; }

    public string FullPath(string relative) => Path.Combine(contentFolder, relative);

    /// <summary>Whether content/ has this file (a path below content/, '/' separators, not percent-encoded).</summary>
    public bool Has(string relative) => paths.Contains(relative);

    /// <summary>The files of content/ that are not Markdown, from the one walk of content/ (<see cref="InputTree"/>),
    /// which already refused links out of the site, devices and dot-folders. Each must be readable, since it is copied.</summary>
    public static StaticFiles From(string siteRoot, IReadOnlyList<InputFile> contentFiles, DiagnosticBag diagnostics)
    {
        var folder = Path.Combine(siteRoot, Folder);
        var files = contentFiles.Where(f => !f.RelativePath.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && InputTree.Readable(f, diagnostics))
            .Select(f => f.RelativePath[(Folder.Length + 1)..]).ToList();
        return new StaticFiles(folder, files);
    }

    /// <summary>The pixel size of the image a site path (below the base path, no leading '/') points at, if it is one of ours.</summary>
    public (int Width, int Height)? ImageSize(string sitePath)
    {
        var relative = Uri.UnescapeDataString(sitePath.Split('?', '#')[0]);
        if (!paths.Contains(relative)) return null;
        return sizes.GetOrAdd(relative, r => Content.ImageSize.Read(FullPath(r)));
    }
}
