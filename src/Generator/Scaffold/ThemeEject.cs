using Generator.Authoring;
using Generator.Content;
using Generator.Rendering;

namespace Generator.Scaffold;

/// <summary>What <c>theme eject</c> did (paths relative to the site root), or the names it did not know, or what kept it
/// from copying (<see cref="NewFiles"/>: a file or a dangling link where a folder of templates/ must be).</summary>
internal sealed record EjectResult(IReadOnlyList<string> Copied, IReadOnlyList<string> Skipped, IReadOnlyList<string> Unknown)
{
    public IReadOnlyList<string> Problems { get; init; } = [];
}

/// <summary>One line of <c>theme list</c>: a theme file and where the site takes it from.</summary>
internal sealed record ThemeListing(string Name, ThemeFileState State);

internal enum ThemeFileState { BuiltIn, Overridden, OverriddenUnchanged, SiteOnly }

/// <summary>
/// <c>theme eject [file…]</c> copies built-in theme files into the site's templates/ to be edited there; from then on the
/// site's copy wins (<see cref="ThemeFiles"/>). An existing file is never overwritten. Names are paths below templates/
/// (<c>partials/footer.sbn-html</c>); a folder name (<c>partials</c>) ejects the folder, and no name ejects everything.
/// </summary>
internal static class ThemeEject
{
    public static EjectResult Eject(string siteRoot, IReadOnlyList<string> requested, BuiltInTheme? builtIn = null)
    {
        builtIn ??= BuiltInTheme.Embedded;
        var names = builtIn.Names.ToList();
        var chosen = new SortedSet<string>(StringComparer.Ordinal);
        var unknown = new List<string>();
        if (requested.Count == 0) chosen.UnionWith(names);
        foreach (var raw in requested)
        {
            var name = Normalise(raw);
            var inFolder = names.Where(n => n.StartsWith(name.TrimEnd('/') + "/", StringComparison.Ordinal)).ToList();
            if (builtIn.Contains(name)) chosen.Add(name);
            else if (name.Length > 0 && inFolder.Count > 0) chosen.UnionWith(inFolder);
            else unknown.Add($"'{raw}' is not a file of the built-in theme{Hint(name, names)}; 'newsgen theme list' lists them");
        }
        // One wrong name copies nothing: the author fixes the command and runs it again, without half a result to undo.
        if (unknown.Count > 0) return new EjectResult([], [], unknown);

        // All or nothing, as for a wrong name: a copy that fails part-way is undone.
        var written = NewFiles.Write(siteRoot, chosen.Select(name => (ThemeFiles.Folder + "/" + name, builtIn.Read(name))).ToList());
        return new EjectResult(written.Created, written.Skipped, []) { Problems = written.Problems };
    }

    /// <summary>Every theme file, built-in or the site's own, and which one the site uses.</summary>
    public static IReadOnlyList<ThemeListing> List(string siteRoot, BuiltInTheme? builtIn = null)
    {
        var theme = ThemeFiles.Of(siteRoot, builtIn);
        return theme.All.Select(file => new ThemeListing(file.Name, file switch
        {
            { IsBuiltIn: true } => ThemeFileState.BuiltIn,
            _ when !theme.BuiltIn.Contains(file.Name) => ThemeFileState.SiteOnly,
            _ when theme.ReadBytes(file).AsSpan().SequenceEqual(theme.BuiltIn.Read(file.Name)) => ThemeFileState.OverriddenUnchanged,
            _ => ThemeFileState.Overridden,
        })).ToList();
    }

    /// <summary>Accepts the forms people copy from elsewhere: <c>templates/x</c>, <c>theme:x</c> (from an error), <c>./x</c>.</summary>
    private static string Normalise(string raw)
    {
        var name = raw.Trim().Replace('\\', '/');
        foreach (var prefix in new[] { ThemeFiles.BuiltInPrefix, "./", ThemeFiles.Folder + "/" })
            if (name.StartsWith(prefix, StringComparison.Ordinal)) name = name[prefix.Length..];
        return name;
    }

    /// <summary>Suggests by full path, by file name and by file name without extension (<c>footer</c> → partials/footer.sbn-html).</summary>
    private static string Hint(string name, IReadOnlyList<string> names)
    {
        var byKey = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var full in names.OrderByDescending(n => n.Count(c => c == '/')))
        {
            byKey[Path.GetFileNameWithoutExtension(full)] = full;
            byKey[Path.GetFileName(full)] = full;
        }
        foreach (var full in names) byKey[full] = full;
        return DidYouMean.Suggest(name, byKey.Keys) is { } key ? $" (did you mean '{byKey[key]}'?)" : "";
    }
}
