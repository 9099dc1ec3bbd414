namespace Generator.Authoring;

/// <summary>
/// What <c>new</c> did: the file it created (relative to the site root) and notes for the author, or why it refused.
/// A refusal is a usage problem (an unknown id, a title without letters; all of them at once) or a conflict with an
/// existing file.
/// </summary>
internal sealed record NewContentResult(string? CreatedPath, IReadOnlyList<string> Notes, IReadOnlyList<string> Problems, bool IsUsageProblem)
{
    /// <summary>What the command prints on success; "Created &lt;path&gt;" unless the command changed a file instead.</summary>
    public string? Headline { get; init; }

    public static NewContentResult Created(string path, params string[] notes) => new(path, notes, [], false);

    public static NewContentResult Usage(params string[] problems) => new(null, [], problems, true);

    public static NewContentResult Conflict(string problem) => new(null, [], [problem], false);

    /// <summary>A YAML double-quoted scalar: safe for any title, including quotes, colons and '#'.</summary>
    public static string Quote(string value)
    {
        var builder = new System.Text.StringBuilder("\"");
        foreach (var c in value)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                _ when char.IsControl(c) => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }
        return builder.Append('"').ToString();
    }

    /// <summary>Writes one new file (<see cref="NewFiles"/>): null when it was created, else why not: it exists (left as it
    /// is), or something stands in its way (nothing is written).</summary>
    public static NewContentResult? RefusedToCreate(string siteRoot, string relative, string text)
    {
        var written = NewFiles.Write(siteRoot, [(relative, System.Text.Encoding.UTF8.GetBytes(text))]);
        if (!written.Succeeded) return Conflict($"cannot create {relative}: {written.Problems[0]}; nothing was written");
        return written.Skipped.Count > 0 ? Conflict($"{relative} already exists; it was left as it is") : null;
    }
}
