using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Generator.Bench;

/// <summary>
/// serve's benchmarks: a long-lived process with a big heap, measured save by save. Each iteration is one save
/// (one invocation: a rebuild cannot be repeated in a loop without a new edit). In process, so the benchmark runs
/// under the tool's runtime settings (Generator.Bench.csproj mirrors them: dynamic PGO off, GC conserve-memory 7, a
/// 2 MB large-object threshold), since the garbage collector is a large part of a rebuild on a 10,000-post heap.
/// </summary>
public sealed class ServeConfig : ManualConfig
{
    public ServeConfig()
    {
        AddJob(Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1).WithWarmupCount(5).WithIterationCount(25)
            .WithInvocationCount(1).WithUnrollFactor(1));
        // Other processes on a shared machine stretch some saves a lot: the median and quartiles say more than the mean.
        AddColumn(StatisticColumn.Median, StatisticColumn.Q1, StatisticColumn.Q3, StatisticColumn.Min);
    }
}
