using System.Security.Cryptography;

namespace Generator.Tests.Support;

/// <summary>
/// Gives a site's input files (site.yml, content/, templates/) the times of files saved well before a build: a file
/// whose bytes are those it had at the last <see cref="Age"/> gets its time back, any other a new time a second after
/// the last given. So a build's up-to-date check (<see cref="Generator.Record.UpToDateCheck"/>) sees exactly the files
/// an edit changed, as on an author's machine, instead of trusting none because all were just written.
/// </summary>
internal sealed class AgedInputs(string root)
{
    private readonly Dictionary<string, (string Hash, DateTime Time)> seen = new(StringComparer.Ordinal);
    private DateTime last = DateTime.UtcNow.AddDays(-1);

    public void Age()
    {
        IEnumerable<string> files = File.Exists(Path.Combine(root, "site.yml")) ? [Path.Combine(root, "site.yml")] : [];
        foreach (var folder in new[] { "content", "templates" }.Select(f => Path.Combine(root, f)).Where(Directory.Exists))
            files = files.Concat(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories));
        foreach (var file in files.Order(StringComparer.Ordinal).ToList())
        {
            var hash = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)));
            if (!seen.TryGetValue(file, out var before) || before.Hash != hash) seen[file] = before = (hash, last = last.AddSeconds(1));
            File.SetLastWriteTimeUtc(file, before.Time);
        }
    }
}
