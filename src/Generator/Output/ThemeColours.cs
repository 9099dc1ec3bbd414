using System.Text.RegularExpressions;

namespace Generator.Output;

/// <summary>
/// The theme's light palette, read from the custom properties of the first <c>:root</c> rule of
/// <c>templates/assets/site.css</c>, so social cards wear the theme's colours and follow it when it changes.
/// </summary>
internal sealed partial record ThemeColours(string Background, string Surface, string Text, string Muted, string Accent)
{
    public static readonly ThemeColours Default = new("#ffffff", "#f4f6f8", "#1a1d21", "#4d5560", "#0b57d0");

    public static ThemeColours Read(string siteRoot)
    {
        var css = Path.Combine(siteRoot, AssetManifest.Folder, "site.css");
        if (!File.Exists(css)) return Default;
        var root = RootRule().Match(File.ReadAllText(css));
        if (!root.Success) return Default;
        var values = Property().Matches(root.Groups[1].Value)
            .GroupBy(m => m.Groups[1].Value).ToDictionary(g => g.Key, g => g.First().Groups[2].Value);
        string Get(string name, string fallback) => values.GetValueOrDefault(name, fallback);
        return new ThemeColours(Get("bg", Default.Background), Get("surface", Default.Surface), Get("text", Default.Text),
            Get("muted", Default.Muted), Get("accent", Default.Accent));
    }

    [GeneratedRegex(@":root\s*\{([^}]*)\}")]
    private static partial Regex RootRule();

    [GeneratedRegex(@"--([a-z-]+)\s*:\s*(#[0-9a-fA-F]{3,8})\s*;")]
    private static partial Regex Property();
}
