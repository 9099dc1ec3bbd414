namespace Generator.Serve;

/// <summary>
/// serve's rebuild loop: one rebuild at a time, each on a task of its own, so the loop keeps reading the watcher's
/// batches while it runs. A batch that comes during a rebuild cancels it; the next rebuild covers both batches. A
/// rebuild that does not stop within <see cref="ServeOptions.CancelWait"/> is left behind (<see cref="SiteRebuilder.Successor"/>).
/// </summary>
internal sealed partial class DevServer
{
    private async Task RebuildOnChangesAsync(CancellationToken stopping)
    {
        var pending = new SortedSet<string>(StringComparer.Ordinal);
        RunningRebuild? running = null;
        var next = watcher!.Batches.WaitToReadAsync(stopping).AsTask();
        while (true)
        {
            if (running is null && pending.Count > 0)
            {
                running = RunningRebuild.Start(Rebuilder, [.. pending]);
                pending.Clear();
                RebuildStarted?.Invoke(running.Paths);
            }
            Task[] waiting = running is null ? [next] : [next, running.Outcome];
            var finished = await Task.WhenAny(waiting);
            if (finished == running?.Outcome)
            {
                Report(running.Paths, await running.Outcome);
                running = null;
                continue;
            }
            if (!await MoreChanges(next)) break;
            while (watcher.Batches.TryRead(out var batch)) pending.UnionWith(batch);
            next = watcher.Batches.WaitToReadAsync(stopping).AsTask();
            if (running is not null)
            {
                // Superseded: the next rebuild covers its changes too, unless it finished before it noticed.
                if (await StopAsync(running) is { } outcome) Report(running.Paths, outcome);
                else pending.UnionWith(running.Paths);
                running = null;
            }
        }
        if (running is not null) await StopAsync(running);
    }

    /// <summary>False when serve is stopping or the watcher has ended.</summary>
    private static async Task<bool> MoreChanges(Task<bool> next)
    {
        try
        {
            return await next;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>Cancels a rebuild and waits for it, but not longer than <see cref="ServeOptions.CancelWait"/>; its
    /// outcome when it finished anyway, null when it stopped or was left behind.</summary>
    private async Task<RebuildOutcome?> StopAsync(RunningRebuild running)
    {
        running.Cancel();
        if (await Task.WhenAny(running.Outcome, Task.Delay(options.CancelWait)) == running.Outcome) return await running.Outcome;
        // It is inside work that no check surrounds (one huge document): let it finish alone, with caches of its own,
        // and build the next change from scratch.
        Volatile.Write(ref rebuilder, Rebuilder.Successor());
        reporter.LeftBehind(running.Paths, options.CancelWait);
        return null;
    }

    private void Report(IReadOnlyList<string> batch, RebuildOutcome? outcome)
    {
        if (outcome is null) return; // cancelled
        reporter.Rebuilt(batch, outcome);
        hub.Publish(!outcome.Succeeded ? LiveReloadEvent.Broken(outcome.Site.Errors)
            : outcome.StylesheetsOnly ? LiveReloadEvent.Stylesheets(outcome.Site)
            : LiveReloadEvent.Reload(outcome.RerenderedUrls));
        Rebuilt?.Invoke(outcome);
    }

    /// <summary>A rebuild on a thread of its own, so the loop keeps reading changes while it runs.</summary>
    private sealed record RunningRebuild(IReadOnlyList<string> Paths, CancellationTokenSource Cancellation, Task<RebuildOutcome?> Outcome)
    {
        public static RunningRebuild Start(SiteRebuilder rebuilder, IReadOnlyList<string> paths)
        {
            var cancellation = new CancellationTokenSource();
            var outcome = Task.Run(() =>
            {
                try
                {
                    return rebuilder.RebuildSafely(paths, cancellation.Token);
                }
                catch (OperationCanceledException)
                {
                    return null;
                }
            });
            outcome.ContinueWith(_ => cancellation.Dispose(), TaskScheduler.Default);
            return new RunningRebuild(paths, cancellation, outcome);
        }

        public void Cancel()
        {
            try { Cancellation.Cancel(); }
            catch (ObjectDisposedException) { } // it has just finished
        }
    }
}
