using Generator.Output;

namespace Generator.Tests.Output;

/// <summary>The output's lock, opened without following links (<see cref="NoFollow"/>), still keeps two builds of one
/// output apart and is gone once released.</summary>
public sealed class StagingCleanupTests : IDisposable
{
    private readonly string parent = Path.Combine(Path.GetTempPath(), "gen-lock-" + Guid.NewGuid().ToString("N")[..12]);

    public StagingCleanupTests() => Directory.CreateDirectory(parent);

    public void Dispose() => Directory.Delete(parent, recursive: true);

    [Fact]
    public async Task A_second_build_of_one_output_does_not_get_the_lock_while_the_first_holds_it()
    {
        var output = Path.Combine(parent, "_site");
        var first = StagingCleanup.Begin(output);
        var second = Task.Run(() => StagingCleanup.Begin(output));
        // Whether it waits or gives up, it must not hold the lock at the same time as the first.
        await Task.WhenAny(second, Task.Delay(500));
        second.IsCompletedSuccessfully.ShouldBeFalse("the second build took the lock the first still holds");
        first.Dispose();
        try { (await second.WaitAsync(TimeSpan.FromSeconds(30))).Dispose(); }
        catch (IOException) { } // a build that gives up instead of waiting
        File.Exists(StagingCleanup.LockPath(output)).ShouldBeFalse("the lock file is deleted when released");
        using var third = StagingCleanup.Begin(output); // free again
    }
}
