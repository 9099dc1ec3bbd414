using System.Runtime.InteropServices;

namespace Generator.Content;

/// <summary>
/// Unicode NFC, so "Café" typed precomposed and decomposed is one tag, not two identical-looking tag pages. The
/// project runs with invariant globalization, where <see cref="string.Normalize()"/> returns its input unchanged, so
/// this calls the system's ICU (libicuuc, the library .NET itself normalises with) directly. Without ICU, text is
/// left as written, which is what the build did before.
/// </summary>
internal static class Nfc
{
    [UnmanagedFunctionPointer(CallingConvention.Cdecl, CharSet = CharSet.Unicode)]
    private delegate IntPtr GetInstance(ref int error);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl, CharSet = CharSet.Unicode)]
    private delegate int NormalizeFn(IntPtr normalizer, [MarshalAs(UnmanagedType.LPWStr)] string source, int length,
        [Out] char[] destination, int capacity, ref int error);

    private static readonly Lazy<Func<string, string>?> Icu = new(LoadIcu);

    public static bool Available => Icu.Value is not null;

    public static string Normalize(string text)
    {
        if (text.All(char.IsAscii) || Icu.Value is not { } normalize) return text;
        return normalize(text);
    }

    private static Func<string, string>? LoadIcu()
    {
        foreach (var (library, suffix) in Candidates())
        {
            if (!NativeLibrary.TryLoad(library, out var handle)) continue;
            if (!NativeLibrary.TryGetExport(handle, "unorm2_getNFCInstance" + suffix, out var getInstance)
                || !NativeLibrary.TryGetExport(handle, "unorm2_normalize" + suffix, out var normalizeExport)) continue;
            var error = 0;
            var instance = Marshal.GetDelegateForFunctionPointer<GetInstance>(getInstance)(ref error);
            if (error > 0 || instance == IntPtr.Zero) continue;
            var normalize = Marshal.GetDelegateForFunctionPointer<NormalizeFn>(normalizeExport);
            return text =>
            {
                var buffer = new char[text.Length * 3 + 16]; // NFC never grows text by more than 3×
                var status = 0;
                var length = normalize(instance, text, text.Length, buffer, buffer.Length, ref status);
                return status > 0 ? text : new string(buffer, 0, length);
            };
        }
        return null;
    }

    /// <summary>ICU's exports carry its major version (unorm2_normalize_76), as its file name does (libicuuc.so.76).</summary>
    private static IEnumerable<(string Library, string Suffix)> Candidates()
    {
        if (!OperatingSystem.IsLinux()) yield break;
        foreach (var folder in new[] { "/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/usr/lib64", "/usr/lib", "/lib" })
        {
            if (!Directory.Exists(folder)) continue;
            foreach (var file in Directory.GetFiles(folder, "libicuuc.so.*").Order(StringComparer.Ordinal))
            {
                if (!Path.GetFileName(file).StartsWith("libicuuc.so.", StringComparison.Ordinal)) continue;
                var version = Path.GetFileName(file)["libicuuc.so.".Length..].Split('.')[0];
                if (int.TryParse(version, out _)) yield return (file, "_" + version);
            }
        }
    }
}
