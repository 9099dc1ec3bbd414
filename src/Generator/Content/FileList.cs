using System.Globalization;

namespace Generator.Content;

/// <summary>
/// Files named in one diagnostic: a few by path and a count of the rest, so that a message about thousands of files
/// (3,000 posts with one slug) stays one line of bounded length.
/// </summary>
internal static class FileList
{
    /// <summary>How many paths a message names before it counts the rest.</summary>
    public const int Named = 5;

    /// <summary>"a.md" · "a.md, b.md" · "2,999 other files: a.md, b.md, c.md, d.md, e.md and 2,994 more".</summary>
    /// <param name="paths">in the order to name them; only the first <see cref="Named"/> are read.</param>
    /// <param name="count">how many there are in all.</param>
    public static string Bounded(IEnumerable<string> paths, int count)
    {
        var named = string.Join(", ", paths.Take(Named));
        return count <= Named ? named
            : string.Create(CultureInfo.InvariantCulture, $"{count:N0} other files: {named} and {count - Named:N0} more");
    }
}
