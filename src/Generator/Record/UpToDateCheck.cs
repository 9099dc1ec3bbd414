namespace Generator.Record;

/// <summary>
/// make's rule, before any stage runs: when every input file and every file and folder of the output still has the
/// size and time that the last build finishing without a diagnostic left (<see cref="BuildStamps"/>), with the same
/// tool and options and no scheduled post come due, the build has nothing to do; it reads no content and writes
/// nothing. Any other build forgets the stamps before it can touch the output, and writes them again when it finishes
/// without a diagnostic (a warning must be shown by every build, so a build that warned leaves none).
/// </summary>
/// <remarks>Stamps are trusted as git trusts its index's stat data, with git's guard for "racily clean" files: an input
/// modified less than <see cref="Racy"/> before the build started, or during it, is not stamped, since a file system
/// with coarse times could give a later edit the same time. An edit that keeps a file's size and time is not noticed
/// (<c>build --clean</c> renders everything and stamps again).</remarks>
internal sealed class UpToDateCheck
{
    public static readonly TimeSpan Racy = TimeSpan.FromSeconds(2);

    private readonly BuildCache cache;
    private readonly string root;
    private readonly string outputFolder;
    private readonly string settings;
    private readonly FileStamp[]? inputs;
    private readonly bool mayReuse;
    private readonly DateTime started = DateTime.UtcNow;

    private UpToDateCheck(BuildCache cache, BuildOptions options)
    {
        this.cache = cache;
        mayReuse = options.Record == RecordUse.Incremental;
        root = Path.GetFullPath(options.SourceRoot);
        outputFolder = Path.GetFullPath(options.OutputFolder).TrimEnd(Path.DirectorySeparatorChar);
        settings = string.Join('\n', BuildRecord.ThisTool, outputFolder, options.BaseUrl is { } url ? "base " + url : "site base",
            options.Drafts ? "drafts" : "", options.Future ? "future" : "");
        // A theme given by the caller (tests) is not a file the stamps can see.
        inputs = options.Theme is null ? BuildStamps.ScanInputs(root) : null;
    }

    /// <summary>Stamps the inputs as they are before anything reads them.</summary>
    public static UpToDateCheck Begin(BuildCache cache, BuildOptions options) => new(cache, options);

    /// <summary>The previous build's <see cref="BuildResult.Paths"/> when it may stand as this build's output; otherwise
    /// null (always for <c>build --clean</c>), and the stamps are forgotten before this build can touch the output.</summary>
    public IReadOnlyList<string>? Unchanged(DateTimeOffset now)
    {
        var previous = mayReuse ? cache.ReadStamps() : null;
        if (previous is not null && inputs is not null && previous.Settings == settings && now.UtcTicks < previous.NextScheduled
            && previous.Inputs.AsSpan().SequenceEqual(inputs) && previous.OutputUnchanged(outputFolder))
            return previous.Paths;
        cache.ForgetStamps();
        return null;
    }

    /// <summary>After the swap of a build without diagnostics or notes: stamps inputs and output for the next build,
    /// unless an input is too recent to be trusted or changed while this build read it.</summary>
    /// <param name="nextScheduled">The earliest date of a post after this build's "now", if any.</param>
    public void Keep(IReadOnlyList<string> paths, DateTimeOffset? nextScheduled)
    {
        if (inputs is null || inputs.Any(s => s.Ticks >= (started - Racy).Ticks)) return;
        if (BuildStamps.ScanInputs(root) is not { } after || !after.AsSpan().SequenceEqual(inputs)) return;
        cache.SaveStamps(stream => BuildStamps.Write(stream, settings, nextScheduled?.UtcTicks ?? long.MaxValue, inputs,
            BuildStamps.OutputEntries(outputFolder), paths));
    }
}
