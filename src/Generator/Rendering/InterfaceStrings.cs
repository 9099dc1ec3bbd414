using System.Security.Cryptography;
using System.Text;
using Generator.Content;
using YamlDotNet.RepresentationModel;

namespace Generator.Rendering;

/// <summary>
/// The theme's interface strings per language, from <c>templates/i18n/&lt;code&gt;.yml</c>: flat <c>key: text</c>
/// pairs (<c>{0}</c>, <c>{1}</c> stand for arguments), plus <c>months</c> (twelve names) and <c>date_format</c>
/// (<c>{d}</c>, <c>{m}</c>, <c>{month}</c>, <c>{yyyy}</c>). Dates are formatted from these rather than from .NET
/// cultures: the generator runs with invariant globalization, so its output is the same on every machine.
/// A string a language lacks falls back to the default language's, then to the generator's English
/// (<see cref="BuiltIn"/>, for the strings the generator itself writes), then to the key.
/// </summary>
internal sealed class InterfaceStrings
{
    public const string Folder = TemplateSet.Folder + "/i18n";
    public const string Months = "months";
    public const string DateFormat = "date_format";

    /// <summary>The strings the generator writes itself (menus, titles, reading time, dates) in English.</summary>
    public static readonly IReadOnlyDictionary<string, string> BuiltIn = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["tags"] = "Tags", ["glossary"] = "Glossary", ["search"] = "Search", ["min_read"] = "{0} min read",
        ["page_n"] = "{0} (page {1})", ["latest_news_page"] = "Latest news (page {0})", ["tags_description"] = "Every topic covered on {0}.",
        ["tagged"] = "Articles tagged “{0}”.", ["category_feed_description"] = "Articles in {0}.", ["search_description"] = "Search every article on {0}.",
        ["glossary_description"] = "Plain-language definitions of the terms used on {0}.", ["not_found_title"] = "Page not found",
        ["feed_rss"] = "{0} (RSS)", ["feed_json"] = "{0} (JSON Feed)",
        ["why_it_matters"] = "Why it matters", ["note"] = "Note", ["context"] = "Context",
        ["heading_anchor"] = "Link to this section", ["table"] = "Table",
        [DateFormat] = "{d} {month} {yyyy}",
    };

    private static readonly string[] EnglishMonths =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public static readonly InterfaceStrings Empty = new(new Dictionary<string, Catalog>());

    private readonly IReadOnlyDictionary<string, Catalog> catalogs;

    private InterfaceStrings(IReadOnlyDictionary<string, Catalog> catalogs)
    {
        this.catalogs = catalogs;
        Fingerprint = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\0",
            catalogs.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => c.Key + "\0" + c.Value.Text)))));
    }

    /// <summary>A hash of every file, so <c>serve</c> re-renders pages when a string changes.</summary>
    public string Fingerprint { get; }

    public static string PathOf(string code) => $"{Folder}/{code}.yml";

    /// <summary>Reads every <c>templates/i18n/*.yml</c>; a value that is not a string (or a list of twelve months) is an error.</summary>
    /// <summary>The theme's i18n/*.yml files: the site's own where it has them, the built-in theme's otherwise.</summary>
    public static InterfaceStrings Load(ThemeFiles theme, DiagnosticBag diagnostics)
    {
        var catalogs = new Dictionary<string, Catalog>(StringComparer.Ordinal);
        foreach (var file in theme.Under("i18n").Where(f => f.Name.Count(c => c == '/') == 1 && f.Name.EndsWith(".yml", StringComparison.Ordinal)))
        {
            if (theme.ReadText(file, diagnostics) is not { } source) continue;
            if (FrontMatterDocument.ParsePlainYaml(source, diagnostics) is not { Yaml: { } yaml } document) continue;
            catalogs[Path.GetFileNameWithoutExtension(file.Name)] = Catalog.Read(document, yaml, source.Text, diagnostics);
        }
        return catalogs.Count == 0 ? Empty : new InterfaceStrings(catalogs);
    }

    /// <summary>
    /// Warns (GEN034), once per key, about every string the default language has (or the generator needs) that another
    /// language of the site lacks: those pages will show the default language's text.
    /// </summary>
    public void CheckComplete(SiteConfig config, DiagnosticBag diagnostics)
    {
        if (!config.IsMultilingual) return;
        var defaultCode = config.Languages[0].Code;
        var defaults = catalogs.GetValueOrDefault(defaultCode);
        var required = BuiltIn.Keys.Concat(defaults?.Strings.Keys ?? []).Append(Months).Distinct().Order(StringComparer.Ordinal).ToList();
        foreach (var language in config.Languages.Skip(1))
        {
            var catalog = catalogs.GetValueOrDefault(language.Code);
            foreach (var key in required.Where(k => catalog is null || !catalog.Has(k)))
                diagnostics.Warning(SourceLocation.FileStart(PathOf(language.Code)), DiagnosticCodes.MissingInterfaceString,
                    $"interface string '{key}' has no {language.Code} text in {PathOf(language.Code)}; {language.Code} pages show the {defaultCode} text");
        }
    }

    /// <summary>The strings of one language, falling back to <paramref name="defaultCode"/>'s.</summary>
    public LanguageStrings For(string code, string defaultCode) =>
        new(code, catalogs.GetValueOrDefault(code), code == defaultCode ? null : catalogs.GetValueOrDefault(defaultCode));

    /// <summary>One language's strings and date format, as views and the theme's <c>t</c> function use them.</summary>
    public sealed class LanguageStrings(string code, Catalog? own, Catalog? fallback)
    {
        public string Code => code;

        /// <summary>What this language's strings are made of (the files' text; built-in strings come with the tool),
        /// for caches of work that reads them.</summary>
        public string Source => $"{code}\0{own?.Text}\0{fallback?.Text}";

        /// <summary>The text of <paramref name="key"/> with <c>{0}</c>… replaced by <paramref name="args"/>; null when no file and no built-in has it.</summary>
        public string? Find(string key, params object?[] args)
        {
            var text = own?.Get(key) ?? fallback?.Get(key) ?? BuiltIn.GetValueOrDefault(key);
            return text is null ? null : Format(text, args);
        }

        public string Get(string key, params object?[] args) => Find(key, args) ?? key;

        public string Date(DateTimeOffset date)
        {
            var months = own?.MonthNames ?? fallback?.MonthNames ?? EnglishMonths;
            var format = Find(DateFormat) ?? BuiltIn[DateFormat];
            var inv = System.Globalization.CultureInfo.InvariantCulture;
            return format.Replace("{yyyy}", date.Year.ToString("0000", inv)).Replace("{month}", months[date.Month - 1])
                .Replace("{mm}", date.Month.ToString("00", inv)).Replace("{m}", date.Month.ToString(inv))
                .Replace("{dd}", date.Day.ToString("00", inv)).Replace("{d}", date.Day.ToString(inv));
        }

        private static string Format(string text, object?[] args)
        {
            for (var i = 0; i < args.Length; i++)
                text = text.Replace("{" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "}", Convert.ToString(args[i], System.Globalization.CultureInfo.InvariantCulture));
            return text;
        }
    }

    /// <summary>One file of templates/i18n/.</summary>
    public sealed class Catalog(IReadOnlyDictionary<string, string> strings, IReadOnlyList<string>? months, string text)
    {
        public IReadOnlyDictionary<string, string> Strings => strings;

        public IReadOnlyList<string>? MonthNames => months;

        public string Text => text;

        public string? Get(string key) => strings.GetValueOrDefault(key);

        public bool Has(string key) => key == Months ? months is not null : strings.ContainsKey(key);

        public static Catalog Read(FrontMatterDocument document, YamlMappingNode yaml, string text, DiagnosticBag diagnostics)
        {
            var strings = new Dictionary<string, string>(StringComparer.Ordinal);
            IReadOnlyList<string>? months = null;
            foreach (var (keyNode, value) in yaml.Children)
            {
                var key = (keyNode as YamlScalarNode)?.Value ?? "";
                if (key == Months && value is YamlSequenceNode list && list.Children.Count == 12 && list.Children.All(c => c is YamlScalarNode))
                    months = list.Children.Select(c => ((YamlScalarNode)c).Value ?? "").ToList();
                else if (key == Months)
                    diagnostics.Error(document.At(value), DiagnosticCodes.WrongType, "'months' must be a list of the twelve month names, January first");
                else if (value is YamlScalarNode { Value: { } s }) strings[key] = s;
                else diagnostics.Error(document.At(value), DiagnosticCodes.WrongType, $"interface string '{key}' must be a single text");
            }
            return new Catalog(strings, months, text);
        }
    }
}
