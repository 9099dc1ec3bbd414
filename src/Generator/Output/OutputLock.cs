using System.Diagnostics;
using System.Text;

namespace Generator.Output;

/// <summary>How long a build waits for another build of the same output folder, and whom it tells that it waits.</summary>
/// <param name="Waiting">Called once, when the lock is first found taken, with the holder's process id if known.</param>
internal sealed record OutputLockWait(TimeSpan Limit, Action<int?>? Waiting = null)
{
    /// <summary>A build of a large site takes seconds; a minute without the lock means the other build is stuck,
    /// or is serve's neighbour in a loop, and the author should hear about it.</summary>
    public static readonly OutputLockWait Default = new(TimeSpan.FromSeconds(60));
}

/// <summary>Another build kept the output's lock for longer than the wait.</summary>
internal sealed class OutputLockedException(string output, int? holder, TimeSpan waited) : IOException(Describe(output, holder, waited))
{
    public int? Holder => holder;

    /// <summary>"another build (process 1234)", or "another build" when the lock file does not say.</summary>
    public static string Describe(int? holder) => holder is { } pid ? $"another build (process {pid})" : "another build";

    private static string Describe(string output, int? holder, TimeSpan waited)
    {
        var name = Path.GetFileName(output);
        return $"{Describe(holder)} has been writing {name} for over {waited.TotalSeconds:0.#} s and still holds its lock (.{name}.lock beside it); "
            + (holder is { } pid ? $"try again when it has finished, or stop it (kill {pid})" : "try again when it has finished");
    }
}

/// <summary>
/// One build writes an output folder at a time: <c>.&lt;name&gt;.lock</c> beside it, held open exclusively from the
/// start of the write to its end (the operating system lets go of it when the process ends, however it ends). The
/// holder writes its process id into it, so a build that finds it taken says whom it waits for, once, and after the
/// wait gives up with an error naming that process rather than an exception.
/// </summary>
internal sealed class OutputLock : IDisposable
{
    private readonly FileStream file;

    private OutputLock(FileStream file) => this.file = file;

    public static OutputLock Take(string output, OutputLockWait wait, CancellationToken cancel = default)
    {
        var path = PathOf(output);
        var clock = Stopwatch.StartNew();
        var told = false;
        while (true)
        {
            cancel.ThrowIfCancellationRequested();
            try
            {
                var file = NoFollow.OpenLock(path); // deleted on close; a link there is refused, never followed
                file.SetLength(0);
                file.Write(Encoding.ASCII.GetBytes(Environment.ProcessId + "\n"));
                file.Flush();
                return new OutputLock(file);
            }
            catch (IOException e) when (e is not LinkRefusedException && File.Exists(path))
            {
                var holder = HolderOf(path);
                if (!told) wait.Waiting?.Invoke(holder);
                told = true;
                if (clock.Elapsed >= wait.Limit) throw new OutputLockedException(output, holder, wait.Limit);
                Thread.Sleep(TimeSpan.FromMilliseconds(Math.Min(100, Math.Max(1, wait.Limit.TotalMilliseconds / 10))));
            }
        }
    }

    public static string PathOf(string output) => Path.Combine(Path.GetDirectoryName(output)!, $".{Path.GetFileName(output)}.lock");

    /// <summary>
    /// The process id the holder wrote, or null. .NET's own readers ask for a shared lock on the file, which the
    /// holder's exclusive one refuses, so on Linux it is read as <c>cat</c> reads it, through <see cref="NoFollow"/>
    /// (open(2) without following a link, and without waiting on a FIFO put there).
    /// </summary>
    public static int? HolderOf(string path)
    {
        if (!OperatingSystem.IsLinux()) return null;
        try
        {
            using var stream = NoFollow.OpenRead(path);
            var buffer = new byte[32];
            var read = stream.Read(buffer, 0, buffer.Length);
            return read > 0 && int.TryParse(Encoding.ASCII.GetString(buffer, 0, read).Trim(), out var pid) && pid > 0 ? pid : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public void Dispose() => file.Dispose();
}
