namespace Generator;

/// <summary>A file of the finished site, relative to the output folder: made by Rendering (pages) and Output (feeds,
/// indexes, the sitemap), written by Output, served by serve and read by check, so it belongs to no one stage.</summary>
internal sealed record OutputFile(string Path, string Content);
