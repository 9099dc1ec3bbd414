using System.Runtime.InteropServices;

namespace Generator.Content;

/// <summary>What a path is. <see cref="Link"/> only from <see cref="FileKinds.OfEntry"/>, which does not follow links.</summary>
internal enum FileKind { Missing, Regular, Directory, Other, Link }

/// <summary>
/// What a path really is, links followed. .NET cannot tell a regular file from a FIFO, socket or device, yet opening a
/// FIFO blocks forever and reading /dev/zero never ends, so on Linux the type comes from statx(2), whose record has
/// one layout on every architecture.
/// </summary>
internal static class FileKinds
{
    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxType = 0x1;
    private const int ModeOffset = 28; // struct statx: mask, blksize (u32), attributes (u64), nlink, uid, gid (u32), mode (u16)

    public static FileKind Of(string path)
    {
        if (Directory.Exists(path)) return FileKind.Directory;
        if (!File.Exists(path)) return FileKind.Missing;
        return OperatingSystem.IsLinux() ? Type(path, 0) : FileKind.Regular;
    }

    /// <summary>What the name itself is, a link not followed (as lstat(2)): for the build's own files (the image cache,
    /// the output's lock, its staging markers), where a link is never the build's and must not be taken for its target.</summary>
    public static FileKind OfEntry(string path)
    {
        if (OperatingSystem.IsLinux()) return Type(path, AtSymlinkNoFollow);
        return new FileInfo(path).LinkTarget is not null ? FileKind.Link : Of(path);
    }

    private static FileKind Type(string path, int flags)
    {
        var buffer = new byte[256];
        if (Statx(AtFdCwd, path, flags, StatxType, buffer) != 0) return FileKind.Missing;
        var type = BitConverter.ToUInt16(buffer, ModeOffset) & 0xF000;
        return type switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0xA000 => FileKind.Link,
            _ => FileKind.Other, // FIFO, socket, character or block device
        };
    }

    // DllImport rather than LibraryImport: the latter needs unsafe code in the project for one call.
    [DllImport("libc", EntryPoint = "statx")]
    private static extern int Statx(int dirFd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, [Out] byte[] buffer);
}
