namespace Generator.Content;

/// <summary>A regular file of the site: its path relative to the site root ('/' separators) and where to read it.</summary>
internal sealed record InputFile(string RelativePath, string FullPath);

/// <summary>
/// Lists the files of one folder of the site (content/, templates/assets/) as every stage must see them. A build
/// of an untrusted pull request must not publish the machine's files, so: dot-files and dot-folders are skipped
/// (.git, .DS_Store); a link is followed only when its real path stays inside the site root and does not lead to a
/// dot-file or into a dot-folder (<c>notes.txt -&gt; ../.git/config</c>); FIFOs, sockets and devices are refused;
/// dangling links, link loops, unreadable files and names that are not UTF-8 are errors.
/// </summary>
internal static class InputTree
{
    public static IReadOnlyList<InputFile> Walk(string siteRoot, string folder, DiagnosticBag diagnostics, bool probeReadable = true,
        CancellationToken cancel = default)
    {
        var start = Path.Combine(siteRoot, folder);
        if (!Directory.Exists(start)) return [];
        var realRoot = RealPath.Resolve(siteRoot);
        if (Check(start, folder, realRoot, diagnostics) is null) return []; // content/ itself may be a link
        var files = new List<InputFile>();
        var folders = new Stack<Folder>([new Folder(start, RealPath.Resolve(start), null)]);
        while (folders.TryPop(out var current))
        {
            cancel.ThrowIfCancellationRequested();
            foreach (var entry in Entries(siteRoot, current.Path, diagnostics))
            {
                var relative = SourceFile.RelativeTo(siteRoot, entry);
                if (Path.GetFileName(entry).StartsWith('.')) continue;
                if (Check(entry, relative, realRoot, diagnostics, current.Real) is not { } real) continue;
                var kind = FileKinds.Of(real);
                if (kind == FileKind.Directory)
                {
                    if (!current.Contains(real)) folders.Push(new Folder(entry, real, current));
                    else Report(diagnostics, relative, DiagnosticCodes.UnsafeLink, $"'{relative}' links back to a folder above it (a link loop); remove the link");
                }
                else if (kind == FileKind.Other)
                    Report(diagnostics, relative, DiagnosticCodes.UnreadableFile, $"'{relative}' is not a regular file (a FIFO, socket or device); remove it");
                else if (new InputFile(relative, entry) is var file && (!probeReadable || Readable(file, diagnostics)))
                    files.Add(file);
            }
        }
        files.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath)); // the same order on every file system
        return files;
    }

    /// <summary>A folder being walked, with the real paths of the folders above it: a link back to one of them is a loop.</summary>
    private sealed record Folder(string Path, string Real, Folder? Parent)
    {
        public bool Contains(string real) => Real == real || (Parent?.Contains(real) ?? false);
    }

    /// <summary>The real path of an entry, or null (reported) when it must not be read.</summary>
    /// <param name="folderReal">The real path of the folder holding <paramref name="fullPath"/>, when the walk knows it:
    /// an entry that is not a link then lies at that path and its name, with no link to resolve from the root (a
    /// readlink per component of every file's path was a tenth of reading a 10,000-post site's content).</param>
    public static string? Check(string fullPath, string relative, string realRoot, DiagnosticBag diagnostics, string? folderReal = null)
    {
        if (relative.Contains('\uFFFD'))
        {
            Report(diagnostics, relative, DiagnosticCodes.UnreadableFile, $"the name of '{relative}' is not valid UTF-8; rename it");
            return null;
        }
        if (folderReal is not null && FileKinds.OfEntry(fullPath) is FileKind.Regular or FileKind.Directory
            && Path.Join(folderReal, Path.GetFileName(fullPath)) is var known && RealPath.IsInside(known, realRoot) && HiddenPart(known, realRoot) is null)
            return known;
        string real;
        try
        {
            real = RealPath.Resolve(fullPath);
        }
        catch (IOException)
        {
            Report(diagnostics, relative, DiagnosticCodes.UnsafeLink, $"'{relative}' is part of a link loop; remove the link");
            return null;
        }
        var target = LinkTarget(fullPath);
        if (!RealPath.IsInside(real, realRoot))
        {
            Report(diagnostics, relative, DiagnosticCodes.UnsafeLink,
                $"'{relative}' is a link to '{target ?? real}', outside the site root; copy the file into the site instead");
            return null;
        }
        if (FileKinds.Of(real) == FileKind.Missing)
        {
            // Listed by its folder, yet not there: too long a path for the system to open, a dangling link, or a file
            // deleted while the build read the folder.
            if (System.Text.Encoding.UTF8.GetByteCount(real) >= PathMax)
                Report(diagnostics, relative, DiagnosticCodes.UnreadableFile,
                    $"'{relative}' cannot be read: its full path is {System.Text.Encoding.UTF8.GetByteCount(real):N0} bytes long, more than the "
                    + $"{PathMax - 1:N0} the system allows; use shorter folder names or fewer levels of folders");
            else if (target is not null)
                Report(diagnostics, relative, DiagnosticCodes.UnsafeLink, $"'{relative}' is a link to '{target}', which does not exist");
            else
                Report(diagnostics, relative, DiagnosticCodes.UnreadableFile, $"'{relative}' disappeared while the build read its folder; build again");
            return null;
        }
        if (HiddenPart(real, realRoot) is { } hidden)
        {
            // The walk skips dot names, but a link named notes.txt may lead to .git/config: the rule holds for where
            // a path leads, not only for what it is called.
            var what = !hidden.IsLast ? $"inside the dot-folder '{hidden.Name}'"
                : FileKinds.Of(real) == FileKind.Directory ? $"the dot-folder '{hidden.Name}'" : $"the dot-file '{hidden.Name}'";
            Report(diagnostics, relative, DiagnosticCodes.UnsafeLink, target is null
                ? $"'{relative}' leads to '{SourceFile.RelativeTo(realRoot, real)}', {what}; dot-files and dot-folders are never published"
                : $"'{relative}' is a link to '{target}', {what}; dot-files and dot-folders are never published, so remove the link");
            return null;
        }
        return real;
    }

    /// <summary>The first segment of <paramref name="real"/> below the site root that starts with a dot, if any.</summary>
    private static (string Name, bool IsLast)? HiddenPart(string real, string realRoot)
    {
        if (real.Length <= realRoot.TrimEnd(Path.DirectorySeparatorChar).Length) return null; // the root itself
        var segments = real[(realRoot.TrimEnd(Path.DirectorySeparatorChar).Length + 1)..].Split(Path.DirectorySeparatorChar);
        for (var i = 0; i < segments.Length; i++)
            if (segments[i].StartsWith('.')) return (segments[i], i == segments.Length - 1);
        return null;
    }

    /// <summary>The longest path the system opens, its terminating NUL included (PATH_MAX): 4,096 bytes on Linux,
    /// 1,024 on macOS.</summary>
    private static int PathMax => OperatingSystem.IsMacOS() ? 1024 : 4096;

    private static IEnumerable<string> Entries(string siteRoot, string folder, DiagnosticBag diagnostics)
    {
        try
        {
            return Directory.GetFileSystemEntries(folder).Order(StringComparer.Ordinal).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var relative = SourceFile.RelativeTo(siteRoot, folder);
            Report(diagnostics, relative, DiagnosticCodes.UnreadableFile, $"cannot read the folder '{relative}': {e.Message}");
            return [];
        }
    }

    /// <summary>Files that are copied rather than read must be openable now, so <c>check</c> sees what the write would hit.</summary>
    public static bool Readable(InputFile file, DiagnosticBag diagnostics)
    {
        var (fullPath, relative) = (file.FullPath, file.RelativePath);
        try
        {
            File.OpenHandle(fullPath, FileMode.Open, FileAccess.Read).Dispose();
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Report(diagnostics, relative, DiagnosticCodes.UnreadableFile, $"cannot read '{relative}': {e.Message}");
            return false;
        }
    }

    private static string? LinkTarget(string path)
    {
        try { return new FileInfo(path).LinkTarget; }
        catch (IOException) { return null; }
    }

    private static void Report(DiagnosticBag diagnostics, string relative, string code, string message) =>
        diagnostics.Error(SourceLocation.FileStart(relative), code, message);
}
