namespace Generator.Tests.Support;

/// <summary>A blog made by <c>newsgen init blog</c> (run in-process) in a fresh temp folder, deleted after the test.</summary>
public sealed class InitSite : IDisposable
{
    public const string BasePath = "/blog/";

    public InitSite(params string[] initOptions)
    {
        Parent = Directory.CreateTempSubdirectory("newsgen-init-").FullName;
        Init = CliRun.In(Parent, ["init", "blog", .. initOptions]);
        Init.ExitCode.ShouldBe(0, Init.All);
    }

    public string Parent { get; }

    public string Root => Path.Combine(Parent, "blog");

    public string Output => Path.Combine(Root, "_site");

    public CliRun Init { get; }

    /// <summary>A command run from <paramref name="folder"/> below the site root (default: the root itself).</summary>
    public CliRun Run(string[] args, string folder = "") => CliRun.In(Path.Combine(Root, folder), args);

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public string Read(string relative) => File.ReadAllText(PathOf(relative));

    public void Write(string relative, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(PathOf(relative))!);
        File.WriteAllText(PathOf(relative), text);
    }

    /// <summary>Every file of the built site, by path relative to the output folder.</summary>
    public Dictionary<string, byte[]> OutputFiles() => Directory.GetFiles(Output, "*", SearchOption.AllDirectories)
        .ToDictionary(f => Path.GetRelativePath(Output, f).Replace('\\', '/'), File.ReadAllBytes);

    public void Dispose()
    {
        try { Directory.Delete(Parent, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
