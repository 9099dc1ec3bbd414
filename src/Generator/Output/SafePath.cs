namespace Generator.Output;

/// <summary>The one guard every write goes through: a relative output path may never leave the output folder.</summary>
internal static class SafePath
{
    public static string Inside(string root, string relative)
    {
        var fullRoot = Path.GetFullPath(root);
        var full = Path.GetFullPath(Path.Combine(fullRoot, relative));
        var prefix = fullRoot.EndsWith(Path.DirectorySeparatorChar) ? fullRoot : fullRoot + Path.DirectorySeparatorChar;
        if (Path.IsPathRooted(relative) || !full.StartsWith(prefix, StringComparison.Ordinal))
            throw new UnsafeOutputPathException(relative);
        return full;
    }
}

internal sealed class UnsafeOutputPathException(string path)
    : Exception($"refusing to write '{path}': it would land outside the output folder");
