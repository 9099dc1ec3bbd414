namespace Generator;

internal enum Severity { Error, Warning }

/// <summary>A position in a source file, relative to the site root, 1-based.</summary>
internal sealed record SourceLocation(string Path, int Line, int Column)
{
    public static SourceLocation FileStart(string path) => new(path, 1, 1);
}

/// <summary>One problem found in the site's input, printed as <c>path:line:col: error CODE: message</c>, the path and the
/// message (which may quote names and values) made safe to print by <see cref="Printable"/>.</summary>
internal sealed record Diagnostic(SourceLocation At, Severity Severity, string Code, string Message)
{
    public override string ToString() =>
        $"{Printable.Of(At.Path)}:{At.Line}:{At.Column}: {(Severity == Severity.Error ? "error" : "warning")} {Code}: {Printable.Of(Message)}";
}

/// <summary>Collects diagnostics from every stage (thread-safe, since stages run in parallel).</summary>
internal sealed class DiagnosticBag
{
    private readonly List<Diagnostic> items = [];
    private readonly Lock gate = new();

    public void Error(SourceLocation at, string code, string message) => Add(new Diagnostic(at, Severity.Error, code, message));

    public void Warning(SourceLocation at, string code, string message) => Add(new Diagnostic(at, Severity.Warning, code, message));

    public void Add(Diagnostic diagnostic)
    {
        lock (gate) items.Add(diagnostic);
    }

    public bool HasErrors
    {
        get { lock (gate) return items.Any(d => d.Severity == Severity.Error); }
    }

    /// <summary>Diagnostics in a stable order (file, line, column), whatever order parallel stages added them in.</summary>
    public IReadOnlyList<Diagnostic> All
    {
        get
        {
            lock (gate)
                return items.OrderBy(d => d.At.Path, StringComparer.Ordinal)
                    .ThenBy(d => d.At.Line).ThenBy(d => d.At.Column).ThenBy(d => d.Code, StringComparer.Ordinal)
                    .ToList();
        }
    }
}
