using Generator.Content;

namespace Generator.Cli;

/// <summary>
/// Where a command finds the site when --source is not given: the nearest folder holding site.yml, from the current
/// folder up (as git finds .git), so commands work from content/posts/ as well as from the site root.
/// </summary>
internal static class SiteRoot
{
    public static string? Find(string startFolder)
    {
        for (var folder = new DirectoryInfo(startFolder); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, SiteConfigReader.FileName))) return folder.FullName;
        return null;
    }

    /// <summary>--source when given (relative to the working folder), else the nearest site, else the working folder
    /// (whose missing site.yml is then reported).</summary>
    public static string Resolve(string? source, string workingFolder) =>
        source is not null ? Path.GetFullPath(source, workingFolder) : Find(workingFolder) ?? workingFolder;
}
