using System.Diagnostics;

namespace Generator.Bench;

/// <summary>
/// The Rendering stage timed by CPU time rather than wall time: on a shared machine other processes stretch wall
/// time, while the CPU this process spends rendering stays comparable between runs. Prints medians of 7 runs.
/// </summary>
public static class RenderCpu
{
    public static int Run(int posts)
    {
        using var prepared = new PreparedSite(posts);
        for (var i = 0; i < 2; i++) prepared.Inputs.RenderAll();
        var cpu = new List<double>();
        var wall = new List<double>();
        var allocated = new List<double>();
        var process = Process.GetCurrentProcess();
        for (var i = 0; i < (Environment.GetEnvironmentVariable("RENDER_RUNS") is { } r ? int.Parse(r) : 7); i++)
        {
            GC.Collect();
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var bytesBefore = GC.GetTotalAllocatedBytes(precise: true);
            var clock = Stopwatch.StartNew();
            var pages = prepared.Inputs.RenderAll().Count;
            clock.Stop();
            process.Refresh();
            cpu.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
            wall.Add(clock.Elapsed.TotalMilliseconds);
            allocated.Add((GC.GetTotalAllocatedBytes(precise: true) - bytesBefore) / 1048576.0);
            if (Environment.GetEnvironmentVariable("RENDER_JIT") is not null) Console.WriteLine($"  run {i}: cpu {cpu[^1]:F0} ms, jitted methods {System.Runtime.JitInfo.GetCompiledMethodCount()}, jit time {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:F0} ms");
            if (pages == 0) return 1;
        }
        static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
        Console.WriteLine($"render-cpu posts={posts}: cpu {Median(cpu):F0} ms, wall {Median(wall):F0} ms, allocated {Median(allocated):F1} MB (medians of 7)");
        return 0;
    }
}
