using System.Text.RegularExpressions;
using Generator.Content;
using HandlebarsDotNet;

namespace Generator.Rendering;

/// <summary>
/// The theme's Handlebars templates, each compiled once per build: a layout, one template per page kind, and the
/// partials in templates/partials/. Compile errors become diagnostics pointing at the template's line.
/// </summary>
public sealed partial class TemplateSet
{
    public const string Folder = "templates";

    public static readonly IReadOnlyList<string> RequiredTemplates =
        ["layout", "home", "post", "tags", "tag", "category", "author", "glossary", "term", "page", "404", "search"];

    private readonly Dictionary<string, HandlebarsTemplate<object, object>> templates;

    private TemplateSet(Dictionary<string, HandlebarsTemplate<object, object>> templates) => this.templates = templates;

    public HandlebarsTemplate<object, object> this[string name] => templates[name];

    public static string PathOf(string name) => $"{Folder}/{name}.hbs";

    public static TemplateSet? Load(string siteRoot, TemplateHelpers helpers, DiagnosticBag diagnostics)
    {
        var handlebars = Handlebars.Create(new HandlebarsConfiguration { ThrowOnUnresolvedBindingExpression = false });
        helpers.Register(handlebars);

        var partialFolder = Path.Combine(siteRoot, Folder, "partials");
        if (Directory.Exists(partialFolder))
        {
            foreach (var file in Directory.GetFiles(partialFolder, "*.hbs").Order(StringComparer.Ordinal))
            {
                if (Read(siteRoot, file, diagnostics) is not { } source) continue;
                // Compiling on its own first attributes a syntax error to the partial's file, not to its callers.
                if (Compile(handlebars, source, diagnostics) is not null)
                    handlebars.RegisterTemplate(Path.GetFileNameWithoutExtension(file), source.Text);
            }
        }

        var compiled = new Dictionary<string, HandlebarsTemplate<object, object>>();
        foreach (var name in RequiredTemplates)
        {
            var path = Path.Combine(siteRoot, Folder, name + ".hbs");
            if (!File.Exists(path))
            {
                diagnostics.Error(SourceLocation.FileStart(PathOf(name)), DiagnosticCodes.MissingTemplate,
                    $"template '{name}.hbs' is missing; every theme needs: {string.Join(", ", RequiredTemplates)}");
                continue;
            }
            if (Read(siteRoot, path, diagnostics) is { } source && Compile(handlebars, source, diagnostics) is { } template)
                compiled[name] = template;
        }
        return compiled.Count == RequiredTemplates.Count ? new TemplateSet(compiled) : null;
    }

    private static SourceFile? Read(string siteRoot, string path, DiagnosticBag diagnostics) =>
        SourceFile.Read(siteRoot, path, diagnostics);

    private static HandlebarsTemplate<object, object>? Compile(IHandlebars handlebars, SourceFile source, DiagnosticBag diagnostics)
    {
        try
        {
            return handlebars.Compile(source.Text);
        }
        catch (HandlebarsException e)
        {
            var (line, column, message) = Locate(source.Text, e.Message);
            diagnostics.Error(new SourceLocation(source.RelativePath, line, column), DiagnosticCodes.TemplateCompile,
                $"template does not compile: {message}");
            return null;
        }
    }

    /// <summary>
    /// Handlebars.Net gives a position for parser errors ("Occured at: 2:10") but not for unbalanced blocks; for those
    /// the block's own tag is found in the source, so the author is sent to the right line either way.
    /// </summary>
    internal static (int Line, int Column, string Message) Locate(string text, string rawMessage)
    {
        var message = rawMessage.Replace("\r", "").Trim();
        var at = OccuredAt().Match(message);
        if (at.Success)
        {
            var clean = message[..at.Index].Trim().TrimEnd(':').Trim();
            return (int.Parse(at.Groups[1].Value), int.Parse(at.Groups[2].Value), clean.Length == 0 ? "unparseable expression" : clean);
        }
        message = message.Split('\n')[0].Trim();
        var unclosed = UnclosedBlock().Match(message);
        if (unclosed.Success) return (Position(text, text.LastIndexOf("{{#" + unclosed.Groups[1].Value.TrimStart('#'), StringComparison.Ordinal)) is var (l, c) ? (l, c, message) : (1, 1, message));
        var stray = StrayClose().Match(message);
        if (stray.Success) return Position(text, text.IndexOf("{{" + stray.Groups[1].Value, StringComparison.Ordinal)) is var (l2, c2) ? (l2, c2, message) : (1, 1, message);
        return (1, 1, message);
    }

    private static (int Line, int Column) Position(string text, int index)
    {
        if (index < 0) return (1, 1);
        var line = 1 + text.AsSpan(0, index).Count('\n');
        var lineStart = text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;
        if (index == 0) lineStart = 0;
        return (line, index - lineStart + 1);
    }

    [GeneratedRegex(@"Occured at:\s*(\d+):(\d+)")]
    private static partial Regex OccuredAt();

    [GeneratedRegex(@"block expression '([^']+)' was closed")]
    private static partial Regex UnclosedBlock();

    [GeneratedRegex(@"closing element '(/[^']+)'")]
    private static partial Regex StrayClose();
}
