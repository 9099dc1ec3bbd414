using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Generator.Rendering;

/// <summary>
/// The only way a template reaches another file: <c>{{ include 'post-card' }}</c> names a partial in
/// templates/partials/. Paths, <c>..</c>, absolute names and anything but a plain name are refused, so a theme cannot
/// read site.yml, content or files outside the site. The texts were read once by <see cref="TemplateSet"/>; nothing
/// touches the disk while pages render.
/// </summary>
public sealed class PartialLoader(IReadOnlyDictionary<string, string> textsByPath) : ITemplateLoader
{
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        if (!IsPlainName(templateName))
            throw new ScriptRuntimeException(callerSpan,
                $"include '{templateName}' is not allowed: name a partial of {TemplateSet.PartialFolder}/ without folder or extension, e.g. include 'post-card'");
        var path = TemplateSet.PartialPath(templateName);
        if (!textsByPath.ContainsKey(path))
        {
            var known = textsByPath.Keys.Select(p => Path.GetFileName(p)[..^TemplateSet.Extension.Length]).ToList();
            var hint = Content.DidYouMean.Suggest(templateName, known) is { } s ? $" (did you mean '{s}'?)" : "";
            throw new ScriptRuntimeException(callerSpan, $"include '{templateName}': there is no partial {path}{hint}");
        }
        return path;
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => textsByPath[templatePath];

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));

    /// <summary>Letters, digits, '-' and '_': nothing that could name a folder or climb out of one.</summary>
    public static bool IsPlainName(string name) =>
        name.Length is > 0 and <= 100 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
