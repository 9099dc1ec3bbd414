using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Generator.Rendering;

/// <summary>
/// <c>{{ inline_css 'site.css' }}</c>: a stylesheet of the theme's <c>assets/</c> written into the page as
/// <c>&lt;style data-asset="site.css"&gt;…&lt;/style&gt;</c>. A linked stylesheet holds back the first paint for a round
/// trip on a phone's network (Lighthouse's "render-blocking resources"); one the HTML carries does not. The
/// <c>data-asset</c> name lets serve's live reload swap the text when the file changes, as it swaps linked ones.
/// </summary>
/// <param name="read">The bytes of an asset by its name in <c>assets/</c>, or null when the theme has no such file.</param>
internal sealed partial class InlineCssFunction(Func<string, byte[]?> read) : IScriptCustomFunction
{
    /// <summary>Read and made safe once per build, however many pages (and worker threads) ask.</summary>
    private readonly ConcurrentDictionary<string, HtmlString?> styles = new(StringComparer.Ordinal);

    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(HtmlString);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var span = callerContext?.Span ?? context.CurrentSpan;
        if (arguments.Count != 1 || arguments[0] is not string name || !name.EndsWith(".css", StringComparison.OrdinalIgnoreCase))
            throw new ScriptRuntimeException(span, "inline_css needs the name of a stylesheet of templates/assets/, e.g. inline_css 'site.css'");
        return styles.GetOrAdd(name, n => read(n) is { } bytes ? Element(n, bytes) : null)
               ?? throw new ScriptRuntimeException(span, $"inline_css '{name}': there is no templates/assets/{name}");
    }

    /// <summary>The style element for a stylesheet's bytes (UTF-8, a byte-order mark dropped).</summary>
    public static HtmlString Element(string name, byte[] bytes)
    {
        var css = new UTF8Encoding(false).GetString(bytes).TrimStart('\uFEFF');
        return new HtmlString($"<style data-asset=\"{HtmlText.Escape(name)}\">{SafeInStyle(css)}</style>");
    }

    /// <summary>
    /// A style element's text ends at the first <c>&lt;/style</c> in any case, whatever CSS is around it, so the
    /// stylesheet could close the element and go on as markup. <c>&lt;\/style</c> cannot end it, and means the same in
    /// a CSS string or comment, the only places such text can stand in a valid stylesheet.
    /// </summary>
    public static string SafeInStyle(string css) => EndTag().Replace(css, match => "<\\/" + match.Value[2..]);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(string), "name");

    public int GetParameterIndexByName(string name) => name == "name" ? 0 : -1;

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    [GeneratedRegex("</style", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EndTag();
}
