using System.Diagnostics.Tracing;

namespace Generator.Bench;

/// <summary>
/// What the Rendering stage allocates, by type: the runtime's AllocationTick events (one per ~100 KB allocated, naming the
/// type of the object that crossed the mark) over a few renders of the site, printed as a share of the samples. Allocation
/// is the stable figure on a shared machine, and the GC's share of the stage follows it.
/// </summary>
public static class RenderAllocations
{
    public static int Run(int posts)
    {
        using var prepared = new PreparedSite(posts);
        prepared.Inputs.RenderAll();
        using var listener = new AllocationListener();
        for (var i = 0; i < 3; i++) prepared.Inputs.RenderAll();
        var total = listener.Samples.Values.Sum();
        Console.WriteLine($"render-allocations posts={posts}: {total} samples of ~100 KB over 3 renders");
        foreach (var (type, count) in listener.Samples.OrderByDescending(p => p.Value).Take(25))
            Console.WriteLine($"{100.0 * count / total,6:F1} %  {type}");
        return 0;
    }

    private sealed class AllocationListener : EventListener
    {
        public Dictionary<string, int> Samples { get; } = [];

        protected override void OnEventSourceCreated(EventSource source)
        {
            if (source.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1);
        }

        protected override void OnEventWritten(EventWrittenEventArgs e)
        {
            if (e.EventName != "GCAllocationTick_V4" || e.Payload is null) return;
            var type = e.Payload[e.PayloadNames!.IndexOf("TypeName")] as string ?? "?";
            lock (Samples) Samples[type] = Samples.GetValueOrDefault(type) + 1;
        }
    }
}
