using SkiaSharp;

namespace Generator.Output;

/// <summary>
/// The typefaces social cards are drawn with. SkiaSharp's NoDependencies build has no font manager
/// (<c>SKTypeface.Default</c> draws nothing), so the tool ships its own: a Latin subset of Inter Display Bold and a
/// subset of Noto Sans CJK SC Bold holding all of GB 2312 (both SIL Open Font License, embedded in the assembly), so a
/// Chinese headline draws the same, in bold, on every machine, a CI runner without fonts included. Only a character
/// neither has (a rare Hanzi, Hangul, an emoji) is looked for in a CJK font of the machine (<see cref="System"/>),
/// found by a search the caller chooses, so tests can hide the machine's fonts.
/// </summary>
internal sealed class CardFonts : IDisposable
{
    public const string LatinResource = "fonts/InterDisplay-Bold-subset.otf";
    public const string CjkResource = "fonts/NotoSansCJKsc-Bold-gb2312.otf";

    /// <summary>Where a machine keeps its fonts.</summary>
    public static readonly IReadOnlyList<string> UsualFolders =
        ["/usr/share/fonts", "/usr/local/share/fonts", "/Library/Fonts", "/System/Library/Fonts", @"C:\Windows\Fonts"];

    private readonly Lazy<(string? File, SKTypeface? Face)> system;

    private CardFonts(SKTypeface latin, SKTypeface cjk, Func<string?> findSystemFont)
    {
        Latin = latin;
        Cjk = cjk;
        system = new Lazy<(string?, SKTypeface?)>(() => findSystemFont() is { } file ? (file, SKTypeface.FromFile(file)) : (null, null));
    }

    public SKTypeface Latin { get; }

    /// <summary>The shipped CJK face (bold).</summary>
    public SKTypeface Cjk { get; }

    /// <summary>A CJK font of the machine, for what the shipped faces lack: searched for the first time it is asked.</summary>
    public SKTypeface? System => system.Value.Face;

    /// <summary>The file of <see cref="System"/>, part of the cache key of a card that uses it.</summary>
    public string? SystemFile => System is null ? null : system.Value.File;

    /// <summary>True when the machine's face is a regular weight, so the painter emboldens it to match the bold faces.</summary>
    public bool SystemNeedsEmbolden => System is { } face && face.FontStyle.Weight < (int)SKFontStyleWeight.SemiBold;

    /// <param name="findSystemFont">Finds a CJK font file of the machine, or null (called at most once, and only when
    /// a card has a character the shipped faces lack).</param>
    public static CardFonts Load(Func<string?> findSystemFont) =>
        new(FromResource(LatinResource), FromResource(CjkResource), findSystemFont);

    /// <summary>The shipped faces only: no font of the machine is looked at.</summary>
    public static CardFonts Shipped() => Load(() => null);

    /// <summary>The shipped faces, and a CJK font found under <paramref name="folders"/>.</summary>
    public static CardFonts Load(IReadOnlyList<string> folders) => Load(() => FindCjkFile(folders));

    private static SKTypeface FromResource(string name)
    {
        using var stream = typeof(CardFonts).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"the generator was built without its font ({name})");
        return SKTypeface.FromStream(stream) ?? throw new InvalidOperationException($"the shipped font {name} could not be read");
    }

    /// <summary>A CJK font file on this machine (bold preferred), or null.</summary>
    public static string? FindCjkFile(IEnumerable<string> folders)
    {
        var candidates = folders.Where(Directory.Exists)
            .SelectMany(folder => SafeFiles(folder))
            .Where(f => f.EndsWith(".ttc", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".otf", StringComparison.OrdinalIgnoreCase)
                || f.EndsWith(".ttf", StringComparison.OrdinalIgnoreCase))
            .Select(f => (File: f, Rank: Rank(Path.GetFileName(f))))
            .Where(c => c.Rank < int.MaxValue)
            .OrderBy(c => c.Rank).ThenBy(c => c.File, StringComparer.Ordinal);
        return candidates.Select(c => c.File).FirstOrDefault();
    }

    private static IEnumerable<string> SafeFiles(string folder)
    {
        try { return Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true }).ToList(); }
        catch (IOException) { return []; }
    }

    private static int Rank(string name) => name switch
    {
        _ when name.StartsWith("NotoSansCJK-Bold", StringComparison.OrdinalIgnoreCase) => 0,
        _ when name.StartsWith("NotoSansCJK", StringComparison.OrdinalIgnoreCase) => 1,
        _ when name.Contains("CJK", StringComparison.OrdinalIgnoreCase) => 2,
        _ when name.StartsWith("wqy", StringComparison.OrdinalIgnoreCase) || name.Contains("DroidSansFallback", StringComparison.OrdinalIgnoreCase) => 3,
        _ => int.MaxValue,
    };

    /// <summary>True when the text has characters of Chinese, Japanese or Korean script (for line breaking).</summary>
    public static bool NeedsCjk(string text) => text.EnumerateRunes().Any(r => r.Value is >= 0x2E80 and <= 0x9FFF
        or >= 0xAC00 and <= 0xD7AF or >= 0xF900 and <= 0xFAFF or >= 0xFF00 and <= 0xFFEF or >= 0x20000 and <= 0x3FFFF);

    public void Dispose()
    {
        Latin.Dispose();
        Cjk.Dispose();
        if (system.IsValueCreated) system.Value.Face?.Dispose();
    }
}
