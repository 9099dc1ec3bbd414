using System.Runtime.InteropServices;
using Generator.Content;
using Microsoft.Win32.SafeHandles;

namespace Generator.Output;

/// <summary>
/// Opens the build's own files (image-cache entries, the output's lock, staging markers) so that a link put where one
/// belongs (<c>._site.lock</c> committed as a link, a cache entry replaced by one) is refused instead of followed to
/// its target. .NET has no flag for it, hence libc's open(2) with O_NOFOLLOW, which refuses a link as the last
/// component in the kernel, with no window between a check and the open; elsewhere the name is checked first.
/// </summary>
internal static class NoFollow
{
    private const int ReadOnly = 0x0, ReadWrite = 0x2, Create = 0x40, NonBlocking = 0x800, CloseOnExec = 0x80000;
    private const int LinkLoop = 40; // ELOOP: what open(2) answers for a link when O_NOFOLLOW is set
    private const int Interrupted = 4, WouldBlock = 11; // EINTR, EWOULDBLOCK (= EAGAIN)
    private const int LockExclusive = 2, LockNonBlocking = 4;

    /// <summary>O_NOFOLLOW is 0400000 on x86 and the generic ABI, 0100000 on ARM and PowerPC.</summary>
    private static int NoFollowFlag => RuntimeInformation.ProcessArchitecture is Architecture.Arm or Architecture.Arm64
        or Architecture.Ppc64le ? 0x8000 : 0x20000;

    /// <summary>Opens a file for reading; a link (or a FIFO, which would block) is refused.</summary>
    /// <exception cref="LinkRefusedException">the name is a link</exception>
    public static FileStream OpenRead(string path)
    {
        if (!OperatingSystem.IsLinux()) return Checked(path, () => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read));
        // O_NONBLOCK: a FIFO swapped in after the caller's check opens at once instead of waiting for a writer.
        return new FileStream(Open(path, ReadOnly | NonBlocking), FileAccess.Read, 1);
    }

    public static byte[] ReadAllBytes(string path)
    {
        using var stream = OpenRead(path);
        if (stream.CanSeek)
        {
            // One array of the file's size (serve holds every generated image this way), unless the file changed size
            // while being read: then the general path below reads it again from the start.
            var bytes = new byte[stream.Length];
            if (stream.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false) == bytes.Length && stream.ReadByte() < 0) return bytes;
            stream.Seek(0, SeekOrigin.Begin);
        }
        using var all = new MemoryStream();
        stream.CopyTo(all);
        return all.ToArray();
    }

    /// <summary>
    /// Creates or opens a lock file and takes it (an exclusive flock(2), as .NET's <see cref="FileShare.None"/> does);
    /// the file is deleted when the stream is disposed. A lock another process holds is an <see cref="IOException"/>
    /// (the caller waits and tries again); a link is a <see cref="LinkRefusedException"/>, never opened.
    /// </summary>
    public static FileStream OpenLock(string path)
    {
        if (!OperatingSystem.IsLinux())
            return Checked(path, () => new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose));
        var handle = Open(path, ReadWrite | Create);
        int result;
        while ((result = Flock(handle, LockExclusive | LockNonBlocking)) != 0 && Marshal.GetLastPInvokeError() == Interrupted) { }
        if (result == 0) return new DeletedOnClose(handle, path);
        var error = Marshal.GetLastPInvokeError();
        handle.Dispose();
        throw new IOException(error == WouldBlock
            ? $"'{path}' is locked by another build of this output"
            : $"cannot lock '{path}': {Marshal.GetPInvokeErrorMessage(error)}");
    }

    private static SafeFileHandle Open(string path, int flags)
    {
        int fd;
        while ((fd = OpenFile(path, flags | NoFollowFlag | CloseOnExec, 0b110_100_100)) < 0 && Marshal.GetLastPInvokeError() == Interrupted) { }
        if (fd >= 0) return new SafeFileHandle(fd, ownsHandle: true);
        var error = Marshal.GetLastPInvokeError();
        if (error == LinkLoop && FileKinds.OfEntry(path) == FileKind.Link) throw new LinkRefusedException(path);
        if (error == 2) throw new FileNotFoundException($"'{path}' does not exist", path); // ENOENT
        throw new IOException($"cannot open '{path}': {Marshal.GetPInvokeErrorMessage(error)}");
    }

    private static FileStream Checked(string path, Func<FileStream> open) =>
        FileKinds.OfEntry(path) == FileKind.Link ? throw new LinkRefusedException(path) : open();

    /// <summary>The lock file's stream: unlinks the file before closing it, as <see cref="FileOptions.DeleteOnClose"/> does.</summary>
    private sealed class DeletedOnClose(SafeFileHandle handle, string path) : FileStream(handle, FileAccess.ReadWrite, 1)
    {
        protected override void Dispose(bool disposing)
        {
            if (disposing)
                try { File.Delete(path); }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException) { } // the next build reuses it
            base.Dispose(disposing);
        }
    }

    // open(2) takes its mode as a variadic argument; on Linux's x64 and ARM64 calling conventions an int passed as a
    // fixed one lands in the same register.
    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int OpenFile([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, int mode);

    [DllImport("libc", EntryPoint = "flock", SetLastError = true)]
    private static extern int Flock(SafeFileHandle fd, int operation);
}

/// <summary>A file of the build's own is a link where a regular file belongs; it is never opened through it.</summary>
internal sealed class LinkRefusedException(string path)
    : IOException($"'{path}' is a link; the build never opens its own files through a link, so remove it")
{
    public string Path { get; } = path;
}
