using System.Runtime.InteropServices;

namespace Generator.Content;

public enum FileKind { Missing, Regular, Directory, Other }

/// <summary>
/// What a path really is, links followed. .NET cannot tell a regular file from a FIFO, socket or device, yet opening a
/// FIFO blocks forever and reading /dev/zero never ends, so on Linux the type comes from statx(2), whose record has
/// one layout on every architecture.
/// </summary>
public static class FileKinds
{
    private const int AtFdCwd = -100;
    private const uint StatxType = 0x1;
    private const int ModeOffset = 28; // struct statx: mask, blksize (u32), attributes (u64), nlink, uid, gid (u32), mode (u16)

    public static FileKind Of(string path)
    {
        if (Directory.Exists(path)) return FileKind.Directory;
        if (!File.Exists(path)) return FileKind.Missing;
        if (!OperatingSystem.IsLinux()) return FileKind.Regular;
        var buffer = new byte[256];
        if (Statx(AtFdCwd, path, 0, StatxType, buffer) != 0) return FileKind.Missing;
        var type = BitConverter.ToUInt16(buffer, ModeOffset) & 0xF000;
        return type switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            _ => FileKind.Other, // FIFO, socket, character or block device
        };
    }

    // DllImport rather than LibraryImport: the latter needs unsafe code in the project for one call.
    [DllImport("libc", EntryPoint = "statx")]
    private static extern int Statx(int dirFd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, [Out] byte[] buffer);
}
