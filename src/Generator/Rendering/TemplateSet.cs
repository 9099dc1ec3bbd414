using Generator.Content;
using Scriban;
using Scriban.Functions;
using Scriban.Parsing;

namespace Generator.Rendering;

/// <summary>
/// The theme's Scriban templates, each parsed once per build: a layout, one template per page kind
/// (<c>templates/&lt;kind&gt;.sbn-html</c>) and the partials of <c>templates/partials/</c>. Parse errors become
/// diagnostics at the template's line and column, all of them at once. Parsed templates are shared by every worker;
/// each worker renders through a context of its own (<see cref="NewContext"/>).
/// </summary>
public sealed class TemplateSet
{
    public const string Folder = "templates";
    public const string Extension = ".sbn-html";
    public const string PartialFolder = Folder + "/partials";

    public static readonly IReadOnlyList<string> RequiredTemplates =
        ["layout", "home", "post", "tags", "tag", "category", "author", "glossary", "term", "page", "404", "search"];

    private readonly IReadOnlyDictionary<string, Template> pages;
    private readonly IReadOnlyDictionary<string, Template> partials;
    private readonly IReadOnlyDictionary<string, string> partialTexts;
    private readonly ThemeFunctions functions;

    private TemplateSet(IReadOnlyDictionary<string, Template> pages, IReadOnlyDictionary<string, Template> partials,
        IReadOnlyDictionary<string, string> partialTexts, ThemeFunctions functions)
    {
        this.pages = pages;
        this.partials = partials;
        this.partialTexts = partialTexts;
        this.functions = functions;
        globalNames = new(() => [.. functions.Globals().Keys, .. new BuiltinFunctions().Keys]);
    }

    public Template this[string name] => pages[name];

    /// <summary>The theme's interface strings (templates/i18n/), which its <c>t</c> function looks up.</summary>
    public InterfaceStrings Strings { get; private init; } = InterfaceStrings.Empty;

    /// <summary>Every name a template can use besides its page's own variables: the theme's functions and Scriban's builtins.</summary>
    public IReadOnlyList<string> GlobalNames => globalNames.Value;

    private readonly Lazy<IReadOnlyList<string>> globalNames;

    public static string PathOf(string name) => $"{Folder}/{name}{Extension}";

    public static string PartialPath(string name) => $"{PartialFolder}/{name}{Extension}";

    /// <summary>A context for one worker thread, its partials already parsed, so include never reads or parses.</summary>
    public ThemeContext NewContext()
    {
        var context = new ThemeContext(new BuiltinFunctions(), functions.Globals(), new PartialLoader(partialTexts));
        foreach (var (path, template) in partials) context.CachedTemplates[path] = template;
        return context;
    }

    public static TemplateSet? Load(string siteRoot, ThemeFunctions functions, DiagnosticBag diagnostics)
    {
        var partialTexts = new Dictionary<string, string>(StringComparer.Ordinal);
        var partials = new Dictionary<string, Template>(StringComparer.Ordinal);
        var partialFolder = Path.Combine(siteRoot, PartialFolder);
        if (Directory.Exists(partialFolder))
        {
            foreach (var file in Directory.GetFiles(partialFolder, "*" + Extension).Order(StringComparer.Ordinal))
            {
                if (SourceFile.Read(siteRoot, file, diagnostics) is not { } source) continue;
                var path = PartialPath(Path.GetFileName(file)[..^Extension.Length]);
                partialTexts[path] = source.Text;
                if (Parse(source.Text, path, diagnostics) is { } template) partials[path] = template;
            }
        }

        var pages = new Dictionary<string, Template>(StringComparer.Ordinal);
        foreach (var name in RequiredTemplates)
        {
            var file = Path.Combine(siteRoot, Folder, name + Extension);
            if (!File.Exists(file))
            {
                diagnostics.Error(SourceLocation.FileStart(PathOf(name)), DiagnosticCodes.MissingTemplate, MissingMessage(siteRoot, name));
                continue;
            }
            if (SourceFile.Read(siteRoot, file, diagnostics) is { } source && Parse(source.Text, PathOf(name), diagnostics) is { } template)
                pages[name] = template;
        }
        var strings = InterfaceStrings.Load(siteRoot, diagnostics);
        var complete = pages.Count == RequiredTemplates.Count && partials.Count == partialTexts.Count;
        return complete ? new TemplateSet(pages, partials, partialTexts, functions) { Strings = strings } : null;
    }

    private static Template? Parse(string text, string path, DiagnosticBag diagnostics)
    {
        var template = Template.Parse(text, path);
        if (!template.HasErrors) return template;
        foreach (var message in template.Messages.Where(m => m.Type == ParserMessageType.Error))
        {
            if (message.Message.Contains("<end> statement was not found", StringComparison.Ordinal)
                && UnclosedBlock.Find(text, UnclosedBlock.KeywordOf(message.Message)) is var (line, column))
            {
                var keyword = UnclosedBlock.KeywordOf(message.Message) ?? "block";
                diagnostics.Error(new SourceLocation(path, line, column), DiagnosticCodes.TemplateCompile,
                    $"template does not parse: this '{keyword}' is never closed; add {{{{ end }}}} where it should end");
                continue;
            }
            diagnostics.Error(At(message.Span), DiagnosticCodes.TemplateCompile, $"template does not parse: {message.Message}");
        }
        return null;
    }

    /// <summary>Scriban counts lines and columns from 0; diagnostics, like editors, from 1.</summary>
    internal static SourceLocation At(SourceSpan span) =>
        new(span.FileName ?? Folder, Math.Max(1, span.Start.Line + 1), Math.Max(1, span.Start.Column + 1));

    private static string MissingMessage(string siteRoot, string name)
    {
        var message = $"template '{name}{Extension}' is missing; every theme needs: {string.Join(", ", RequiredTemplates)}";
        return File.Exists(Path.Combine(siteRoot, Folder, name + ".hbs"))
            ? message + $" (found {name}.hbs: themes are Scriban templates now, see docs/theme.md)"
            : message;
    }
}
