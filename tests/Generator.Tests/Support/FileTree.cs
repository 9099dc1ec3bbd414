using System.Security.Cryptography;

namespace Generator.Tests.Support;

/// <summary>
/// Every entry below a folder as the file system holds it, links not followed: path, kind, a link's target and a
/// file's content hash. Two snapshots are equal when nothing was created, removed, changed or written through a link.
/// </summary>
public static class FileTree
{
    public static List<string> Snapshot(string folder)
    {
        var entries = new List<string>();
        if (Directory.Exists(folder)) Walk(folder, folder, entries);
        entries.Sort(StringComparer.Ordinal);
        return entries;
    }

    private static void Walk(string root, string folder, List<string> entries)
    {
        foreach (var path in Directory.EnumerateFileSystemEntries(folder))
        {
            var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
            var info = new FileInfo(path);
            if (info.LinkTarget is { } target) entries.Add($"{relative} -> {target}");
            else if (Directory.Exists(path))
            {
                entries.Add(relative + "/");
                Walk(root, path, entries);
            }
            else entries.Add($"{relative} {Hash(path)}");
        }
    }

    private static string Hash(string path)
    {
        try
        {
            return Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)))[..16];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "(unreadable)";
        }
    }
}
