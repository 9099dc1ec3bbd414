using System.Diagnostics.CodeAnalysis;
using Generator.Site;
using Scriban;
using Scriban.Functions;
using Scriban.Runtime;

namespace Generator.Rendering;

/// <summary>
/// The functions a theme calls besides Scriban's builtins: <c>asset 'site.css'</c> (the fingerprinted asset URL),
/// <c>rel_url '/tags/'</c> (a root-relative path under the base path), <c>include 'name'</c> (a partial, as HTML),
/// <c>inline_css 'site.css'</c> (a stylesheet written into the page, <see cref="InlineCssFunction"/>) and the
/// <c>html</c> object, whose <c>raw</c> marks a value as HTML and whose <c>escape</c> escapes exactly once.
/// </summary>
/// <param name="readAsset">The bytes of an asset by its name before hashing (<c>Output.AssetManifest.TryRead</c>), or
/// null when there is none; without it, <c>inline_css</c> finds no stylesheet.</param>
internal sealed class ThemeFunctions(SiteUrls urls, IReadOnlyDictionary<string, string> assetNames, Func<string, byte[]?>? readAsset = null)
{
    /// <summary>One for the build: it keeps each inlined stylesheet once for every page and worker thread.</summary>
    private readonly InlineCssFunction inlineCss = new(readAsset ?? (_ => null));

    /// <summary>A fresh object per context: Scriban objects hold state (a template may assign to them).</summary>
    public ScriptObject Globals()
    {
        var globals = new ScriptObject();
        Import(globals, "asset", new Func<string, string>(Asset));
        Import(globals, "rel_url", new Func<string, string>(RelUrl));
        globals.SetValue("include", new HtmlInclude(), true);
        globals.SetValue("inline_css", inlineCss, true);
        globals.SetValue("html", Html(), true);
        return globals;
    }

    /// <summary>Adds a function to a template's scope. Scriban reads the delegate's parameters by reflection; every
    /// delegate given here is the tool's own code, which the Native AOT tool keeps whole (TrimmerRootAssembly in
    /// Generator.csproj), and the AOT test builds the example site with it.</summary>
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "The delegates are the tool's own methods; its assembly is kept whole when trimmed.")]
    internal static void Import(ScriptObject scope, string name, Delegate function) => scope.Import(name, function);

    public string Asset(string name) => urls.Asset(assetNames.TryGetValue(name, out var hashed) ? hashed : name);

    public string RelUrl(string path) => urls.BasePath + path.TrimStart('/');

    private static ScriptObject Html()
    {
        var html = new ScriptObject();
        Import(html, "raw", new Func<object?, HtmlString>(value => value as HtmlString ?? new HtmlString(value?.ToString() ?? "")));
        Import(html, "escape", new Func<object?, HtmlString>(value =>
            value as HtmlString ?? new HtmlString(HtmlText.Escape(value?.ToString() ?? ""))));
        Import(html, "strip", new Func<TemplateContext, object?, string>((context, value) => HtmlFunctions.Strip(context, value?.ToString()) ?? ""));
        Import(html, "newline_to_br", new Func<object?, HtmlString>(value =>
            new HtmlString(HtmlText.Escape(value?.ToString() ?? "").ReplaceLineEndings("<br />\n"))));
        Import(html, "url_encode", new Func<string?, string>(value => HtmlFunctions.UrlEncode(value) ?? ""));
        Import(html, "url_escape", new Func<string?, string>(value => HtmlFunctions.UrlEscape(value) ?? ""));
        return html;
    }
}
