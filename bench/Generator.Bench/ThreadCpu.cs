using System.Runtime.InteropServices;

namespace Generator.Bench;

/// <summary>
/// The calling thread's CPU time (Linux <c>clock_gettime(CLOCK_THREAD_CPUTIME_ID)</c>): unlike the process's CPU
/// time it leaves out the runtime's background threads (tiered JIT, background GC), which run when they please.
/// </summary>
internal static class ThreadCpu
{
    private const int ThreadCpuClock = 3; // CLOCK_THREAD_CPUTIME_ID

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    public static double Milliseconds()
    {
        if (ClockGetTime(ThreadCpuClock, out var time) != 0) throw new InvalidOperationException("clock_gettime failed");
        return time.Seconds * 1000.0 + time.Nanoseconds / 1_000_000.0;
    }
}
