using System.Diagnostics;
using System.Runtime;
using System.Runtime.InteropServices;

namespace Generator.Tests.Support;

/// <summary>
/// How the work of a step grows with its input, measured in-process: the CPU time of the calling thread for the
/// input at 1x and at 4x its size, never a wall-clock budget. Thread CPU time leaves out what other tests running
/// at the same time do; each sample repeats the step for at least a few milliseconds (timer resolution, one-off
/// costs) with no garbage collection inside it, and the two sizes are measured in turn, several times, keeping the
/// fastest of each: noise only ever adds time. Linear work gives a ratio near 4; quadratic, near 16.
/// </summary>
public static class LinearTime
{
    public const double MaxRatio = 6;

    private const double SampleMilliseconds = 4;

    public sealed record Measured(double One, double Four)
    {
        public double Ratio => Four / One;

        public override string ToString() => $"1x {One:0.###} ms, 4x {Four:0.###} ms: ratio {Ratio:0.0}";
    }

    /// <summary>The fastest of <paramref name="pairs"/> interleaved samples of each size; measured again, up to
    /// <paramref name="attempts"/> times in all, while the ratio is over <see cref="MaxRatio"/>: a busy machine can
    /// slow one sample down, but superlinear work is over the ratio every time.</summary>
    public static Measured Of(Action one, Action four, int pairs = 5, int attempts = 5)
    {
        one();
        four(); // warm up: JIT, caches, lazily built state
        Measured? best = null;
        for (var attempt = 0; attempt < attempts && !(best?.Ratio <= MaxRatio); attempt++)
        {
            var (a, b) = (double.MaxValue, double.MaxValue);
            for (var i = 0; i < pairs; i++)
            {
                a = Math.Min(a, Sample(one));
                b = Math.Min(b, Sample(four));
            }
            if (best is null || b / a < best.Ratio) best = new Measured(a, b);
        }
        return best!;
    }

    private static double Sample(Action step)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        // No collection inside a sample: how much a collection costs depends on what the rest of the process holds, and
        // it lands on whichever thread allocates when the budget runs out. The step's own work is what is measured.
        var noGc = GC.TryStartNoGCRegion(NoGcBytes);
        var start = ThreadMilliseconds();
        var runs = 0;
        double elapsed;
        do
        {
            step();
            runs++;
            elapsed = ThreadMilliseconds() - start;
        }
        while (elapsed < SampleMilliseconds);
        if (noGc && GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
        {
            try { GC.EndNoGCRegion(); } catch (InvalidOperationException) { } // a collection happened after all
        }
        return elapsed / runs;
    }

    private const long NoGcBytes = 200L * 1024 * 1024;

    private static readonly Stopwatch Wall = Stopwatch.StartNew();

    /// <summary>CPU time of this thread (Linux: clock_gettime(CLOCK_THREAD_CPUTIME_ID)); elsewhere wall-clock time.</summary>
    private static double ThreadMilliseconds()
    {
        if (!OperatingSystem.IsLinux()) return Wall.Elapsed.TotalMilliseconds;
        ClockGetTime(ThreadCpuClock, out var now).ShouldBe(0);
        return now.Seconds * 1000.0 + now.Nanoseconds / 1e6;
    }

    private const int ThreadCpuClock = 3; // CLOCK_THREAD_CPUTIME_ID

    [StructLayout(LayoutKind.Sequential)]
    private struct Timespec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out Timespec value);
}
