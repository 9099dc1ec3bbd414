using Generator.Site;
using Scriban;
using Scriban.Functions;
using Scriban.Runtime;

namespace Generator.Rendering;

/// <summary>
/// The functions a theme calls besides Scriban's builtins: <c>asset 'site.css'</c> (the fingerprinted asset URL),
/// <c>rel_url '/tags/'</c> (a root-relative path under the base path), <c>include 'name'</c> (a partial, as HTML) and
/// the <c>html</c> object, whose <c>raw</c> marks a value as HTML and whose <c>escape</c> escapes exactly once.
/// </summary>
public sealed class ThemeFunctions(SiteUrls urls, IReadOnlyDictionary<string, string> assetNames)
{
    /// <summary>A fresh object per context: Scriban objects hold state (a template may assign to them).</summary>
    public ScriptObject Globals()
    {
        var globals = new ScriptObject();
        globals.Import("asset", new Func<string, string>(Asset));
        globals.Import("rel_url", new Func<string, string>(RelUrl));
        globals.SetValue("include", new HtmlInclude(), true);
        globals.SetValue("html", Html(), true);
        return globals;
    }

    public string Asset(string name) => urls.Asset(assetNames.TryGetValue(name, out var hashed) ? hashed : name);

    public string RelUrl(string path) => urls.BasePath + path.TrimStart('/');

    private static ScriptObject Html()
    {
        var html = new ScriptObject();
        html.Import("raw", new Func<object?, HtmlString>(value => value as HtmlString ?? new HtmlString(value?.ToString() ?? "")));
        html.Import("escape", new Func<object?, HtmlString>(value =>
            value as HtmlString ?? new HtmlString(HtmlText.Escape(value?.ToString() ?? ""))));
        html.Import("strip", new Func<TemplateContext, object?, string>((context, value) => HtmlFunctions.Strip(context, value?.ToString()) ?? ""));
        html.Import("newline_to_br", new Func<object?, HtmlString>(value =>
            new HtmlString(HtmlText.Escape(value?.ToString() ?? "").ReplaceLineEndings("<br />\n"))));
        html.Import("url_encode", new Func<string?, string>(value => HtmlFunctions.UrlEncode(value) ?? ""));
        html.Import("url_escape", new Func<string?, string>(value => HtmlFunctions.UrlEscape(value) ?? ""));
        return html;
    }
}
