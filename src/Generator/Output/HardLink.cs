using System.Runtime.InteropServices;

namespace Generator.Output;

/// <summary>
/// A rebuild with every image cached should cost next to nothing: on Unix the output's copy of a cached image is a hard
/// link (no bytes copied). .NET has no API for hard links, hence libc's link(2); elsewhere, or across file systems,
/// callers fall back to copying. A hard link shares its bytes, and a published site is read, not edited in place.
/// </summary>
internal static class HardLink
{
    public static bool TryCreate(string existing, string link)
    {
        if (!OperatingSystem.IsLinux()) return false;
        try
        {
            return Link(existing, link) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [DllImport("libc", EntryPoint = "link", CharSet = CharSet.Ansi, BestFitMapping = false)]
    private static extern int Link(string existing, string link);
}
