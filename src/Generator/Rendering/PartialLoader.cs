using Generator.Content;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Generator.Rendering;

/// <summary>
/// The only way a template reaches another file: <c>{{ include 'post-card' }}</c> names a partial in
/// templates/partials/. Paths, <c>..</c>, absolute names and anything but a plain name are refused, so a theme cannot
/// read site.yml, content or files outside the site. The texts were read once by <see cref="TemplateSet"/> (the site's
/// partial or the built-in one); nothing touches the disk while pages render. A partial's path is the one its errors
/// are reported at: <c>templates/partials/x.sbn-html</c>, or <c>theme:partials/x.sbn-html</c> when built in.
/// </summary>
internal sealed class PartialLoader(IReadOnlyDictionary<string, SourceFile> partialsByName) : ITemplateLoader
{
    private readonly IReadOnlyDictionary<string, string> textsByPath =
        partialsByName.Values.ToDictionary(p => p.RelativePath, p => p.Text, StringComparer.Ordinal);

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        if (!IsPlainName(templateName))
            throw new ScriptRuntimeException(callerSpan,
                $"include '{templateName}' is not allowed: name a partial of {TemplateSet.PartialFolder}/ without folder or extension, e.g. include 'post-card'");
        if (!partialsByName.TryGetValue(templateName, out var partial))
        {
            var hint = DidYouMean.Hint(templateName, partialsByName.Keys);
            throw new ScriptRuntimeException(callerSpan, $"include '{templateName}': there is no partial {TemplateSet.PartialPath(templateName)}{hint}");
        }
        return partial.RelativePath;
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => textsByPath[templatePath];

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));

    /// <summary>Letters, digits, '-' and '_': nothing that could name a folder or climb out of one.</summary>
    public static bool IsPlainName(string name) =>
        name.Length is > 0 and <= 100 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
