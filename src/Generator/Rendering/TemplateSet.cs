using System.Text.RegularExpressions;
using Generator.Content;
using Scriban;
using Scriban.Functions;
using Scriban.Parsing;

namespace Generator.Rendering;

/// <summary>
/// The theme's Scriban templates, each parsed once per build: a layout, one template per page kind
/// (<c>templates/&lt;kind&gt;.sbn-html</c>) and the partials of <c>templates/partials/</c>, each the site's own file or
/// else the built-in one (<see cref="ThemeFiles"/>). Parse errors become diagnostics at the template's line and column
/// (<c>templates/post.sbn-html:3:5</c>, or <c>theme:post.sbn-html:3:5</c> in a built-in file), all of them at once. Parsed templates are shared by every worker;
/// each worker renders through a context of its own (<see cref="NewContext"/>).
/// </summary>
internal sealed partial class TemplateSet
{
    public const string Folder = ThemeFiles.Folder;
    public const string Extension = ".sbn-html";
    public const string PartialFolder = Folder + "/" + PartialFolderName;

    public static readonly IReadOnlyList<string> RequiredTemplates =
        ["layout", "home", "post", "tags", "tag", "category", "author", "glossary", "term", "page", "404", "search"];

    private readonly IReadOnlyDictionary<string, Template> pages;
    private readonly IReadOnlyDictionary<string, Template> partials;
    private readonly IReadOnlyDictionary<string, SourceFile> partialSources;
    private readonly ThemeFunctions functions;

    private TemplateSet(IReadOnlyDictionary<string, Template> pages, IReadOnlyDictionary<string, Template> partials,
        IReadOnlyDictionary<string, SourceFile> partialSources, ThemeFunctions functions)
    {
        this.pages = pages;
        this.partials = partials;
        this.partialSources = partialSources;
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

    /// <summary>The file a page template was read from, as diagnostics name it.</summary>
    public string SourcePathOf(string name) => pages[name].SourceFilePath ?? PathOf(name);

    public static string PartialPath(string name) => $"{PartialFolder}/{name}{Extension}";

    /// <summary>A context for one worker thread, its partials already parsed, so include never reads or parses.</summary>
    public ThemeContext NewContext()
    {
        var context = new ThemeContext(new BuiltinFunctions(), functions.Globals(), new PartialLoader(partialSources));
        foreach (var (path, template) in partials) context.CachedTemplates[path] = template;
        return context;
    }

    public static TemplateSet? Load(ThemeFiles theme, ThemeFunctions functions, DiagnosticBag diagnostics)
    {
        var partialSources = new Dictionary<string, SourceFile>(StringComparer.Ordinal);
        var partials = new Dictionary<string, Template>(StringComparer.Ordinal);
        var texts = new List<string>();
        foreach (var file in theme.Under(PartialFolderName).Where(IsPartial))
        {
            if (theme.ReadText(file, diagnostics) is not { } source) continue;
            texts.Add(source.Text);
            partialSources[Path.GetFileName(file.Name)[..^Extension.Length]] = source;
            if (Parse(source.Text, source.RelativePath, diagnostics) is { } template) partials[source.RelativePath] = template;
        }

        var pages = new Dictionary<string, Template>(StringComparer.Ordinal);
        foreach (var name in RequiredTemplates)
        {
            if (theme.Find(name + Extension) is not { } file)
            {
                diagnostics.Error(SourceLocation.FileStart(PathOf(name)), DiagnosticCodes.MissingTemplate, MissingMessage(theme, name));
                continue;
            }
            if (theme.ReadText(file, diagnostics) is not { } source) continue;
            texts.Add(source.Text);
            if (Parse(source.Text, source.RelativePath, diagnostics) is { } template) pages[name] = template;
        }
        var strings = InterfaceStrings.Load(theme, diagnostics);
        var complete = pages.Count == RequiredTemplates.Count && partials.Count == partialSources.Count;
        return complete
            ? new TemplateSet(pages, partials, partialSources, functions) { Strings = strings, ElementIds = LiteralIds(texts) }
            : null;
    }

    /// <summary>Every id the theme writes as a literal (<c>id="for-you"</c>), so headings in content can stay clear of
    /// them; ids made by an expression (<c>id="{{ group.anchor }}"</c>) are the theme's own business.</summary>
    public IReadOnlySet<string> ElementIds { get; private init; } = new HashSet<string>();

    private static HashSet<string> LiteralIds(IEnumerable<string> texts) =>
        texts.SelectMany(t => LiteralId().Matches(t)).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex(@"\bid=""([A-Za-z][\w-]*)""")]
    private static partial Regex LiteralId();

    public const string PartialFolderName = "partials";

    /// <summary>Partials are the templates directly in partials/; include names never hold a folder.</summary>
    public static bool IsPartial(ThemeFile file) =>
        file.Name.EndsWith(Extension, StringComparison.Ordinal) && file.Name.Count(c => c == '/') == 1;

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

    private static string MissingMessage(ThemeFiles theme, string name)
    {
        var message = $"template '{name}{Extension}' is missing; every theme needs: {string.Join(", ", RequiredTemplates)}";
        return theme.Find(name + ".hbs") is { IsBuiltIn: false }
            ? message + $" (found {name}.hbs: themes are Scriban templates now, see docs/theme.md)"
            : message;
    }
}
