namespace Generator;

/// <summary>How a build that writes uses the dependency record of the build before it.</summary>
internal enum RecordUse
{
    /// <summary>Renders only the pages whose inputs changed, then records this build for the next.</summary>
    Incremental,

    /// <summary><c>build --clean</c>: renders every page, then records this build for the next.</summary>
    Clean,

    /// <summary>Neither reads nor writes <c>.cache/build/</c> (a build to compare others with).</summary>
    None,
}
