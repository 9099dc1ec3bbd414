using SkiaSharp;

namespace Generator.Output;

/// <summary>
/// The typefaces social cards are drawn with. SkiaSharp's NoDependencies build has no font manager
/// (<c>SKTypeface.Default</c> draws nothing), so the Latin face is a font file the generator ships (a subset of Inter
/// Bold, SIL Open Font License, embedded in the assembly), and Chinese, Japanese and Korean text falls back to a font
/// found on the machine (Noto Sans CJK from fonts-noto-cjk, WenQuanYi Micro Hei from the much smaller fonts-wqy-microhei that
/// CI installs, or another CJK font under the usual font folders).
/// </summary>
public sealed class CardFonts : IDisposable
{
    public const string LatinResource = "fonts/InterDisplay-Bold-subset.otf";

    private static readonly string[] FontFolders =
        ["/usr/share/fonts", "/usr/local/share/fonts", "/Library/Fonts", "/System/Library/Fonts", @"C:\Windows\Fonts"];

    private CardFonts(SKTypeface latin, SKTypeface? cjk)
    {
        Latin = latin;
        Cjk = cjk;
    }

    public SKTypeface Latin { get; }

    public SKTypeface? Cjk { get; }

    public static CardFonts Load(string? cjkFile)
    {
        using var stream = typeof(CardFonts).Assembly.GetManifestResourceStream(LatinResource)
            ?? throw new InvalidOperationException($"the generator was built without its font ({LatinResource})");
        var latin = SKTypeface.FromStream(stream) ?? throw new InvalidOperationException("the shipped font could not be read");
        var cjk = cjkFile is null ? null : SKTypeface.FromFile(cjkFile);
        return new CardFonts(latin, cjk);
    }

    /// <summary>A CJK font file on this machine (bold preferred), or null: searched only when a headline needs one.</summary>
    public static string? FindCjkFile() => FindCjkFile(FontFolders);

    internal static string? FindCjkFile(IEnumerable<string> folders)
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

    /// <summary>True when the text has characters of Chinese, Japanese or Korean script (the shipped font has none).</summary>
    public static bool NeedsCjk(string text) => text.EnumerateRunes().Any(r => r.Value is >= 0x2E80 and <= 0x9FFF
        or >= 0xAC00 and <= 0xD7AF or >= 0xF900 and <= 0xFAFF or >= 0xFF00 and <= 0xFFEF or >= 0x20000 and <= 0x3FFFF);

    public void Dispose()
    {
        Latin.Dispose();
        Cjk?.Dispose();
    }
}
