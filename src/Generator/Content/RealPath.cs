namespace Generator.Content;

/// <summary>
/// The path the kernel would reach, every link resolved component by component (as realpath(3) does). Lexical
/// clean-up such as <see cref="Path.GetFullPath(string)"/> is not enough: in <c>a/link/..</c> the <c>..</c> applies
/// to where the link points, not to <c>a</c>.
/// </summary>
internal static class RealPath
{
    private const int MaxLinks = 40; // Linux's own limit before ELOOP

    /// <summary>Throws <see cref="IOException"/> on a link loop. Parts that do not exist are kept as written.</summary>
    public static string Resolve(string absolutePath)
    {
        var root = Path.GetPathRoot(absolutePath) ?? throw new ArgumentException("the path must be absolute", nameof(absolutePath));
        var pending = new Stack<string>();
        Push(pending, absolutePath[root.Length..]);
        var current = root;
        var links = 0;
        while (pending.TryPop(out var part))
        {
            if (part is "" or ".") continue;
            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }
            var next = Path.Join(current, part);
            if (LinkTarget(next) is not { } target)
            {
                current = next;
                continue;
            }
            if (++links > MaxLinks) throw new IOException("the links form a loop");
            if (Path.IsPathRooted(target)) current = Path.GetPathRoot(target)!;
            Push(pending, Path.IsPathRooted(target) ? target[current.Length..] : target);
        }
        return current;
    }

    /// <summary>Whether <paramref name="path"/> (already resolved) is <paramref name="root"/> or lies below it.</summary>
    public static bool IsInside(string path, string root)
    {
        var prefix = root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar;
        return path == root.TrimEnd(Path.DirectorySeparatorChar) || path.StartsWith(prefix, StringComparison.Ordinal);
    }

    private static string? LinkTarget(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null; // not a link we can read: the caller finds out when it opens the path
        }
    }

    private static void Push(Stack<string> pending, string relative)
    {
        var parts = relative.Split(['/', Path.DirectorySeparatorChar]);
        for (var i = parts.Length - 1; i >= 0; i--) pending.Push(parts[i]);
    }
}
