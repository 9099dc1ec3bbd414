using System.Diagnostics;
using Generator.Record;

namespace Generator.Bench;

/// <summary>How long the build record takes to read and check (SHA-256 over it) and parse: record-load FILE [RUNS].
/// The first load includes the code's JIT; the median of the others is what a native tool pays.</summary>
internal static class RecordLoad
{
    public static int Run(string path, int runs)
    {
        var times = new List<double>();
        BuildRecord? record = null;
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            record = BuildRecord.FromBytes(File.ReadAllBytes(path));
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        if (record is null)
        {
            Console.Error.WriteLine($"{path} is not a build record this tool can read");
            return 1;
        }
        var later = times.Skip(1).Order().ToList();
        Console.WriteLine($"{record.Pages.Count} pages, {record.Hashes.Count} inputs, {record.Outputs.Count} files; "
            + $"loads in {times[0]:0} ms (first, with JIT), median of the next {later.Count}: {later[later.Count / 2]:0} ms");
        return 0;
    }
}
