using Generator.Rendering;

namespace Generator.Tests.Support;

/// <summary>Built-in themes for tests: the repository's templates/ read from disk, with some files replaced.</summary>
internal static class TestTheme
{
    public static Dictionary<string, byte[]> RepositoryFiles()
    {
        var folder = Path.Combine(RepoRoot.Path, ThemeFiles.Folder);
        return Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => (Name: Path.GetRelativePath(folder, f).Replace('\\', '/'), Path: f))
            .Where(f => !ThemeFiles.IsHidden(f.Name))
            .ToDictionary(f => f.Name, f => File.ReadAllBytes(f.Path), StringComparer.Ordinal);
    }

    /// <summary>The repository's theme as a built-in one, with <paramref name="changes"/> (name → text) applied.</summary>
    public static BuiltInTheme BuiltInWith(params (string Name, string Text)[] changes)
    {
        var files = RepositoryFiles();
        foreach (var (name, text) in changes) files[name] = System.Text.Encoding.UTF8.GetBytes(text);
        return BuiltInTheme.FromFiles(files);
    }
}
