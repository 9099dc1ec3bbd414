using Generator.Site;
using HandlebarsDotNet;

namespace Generator.Rendering;

/// <summary>
/// Helpers the theme may call. They return plain strings, which Handlebars escapes like any other value.
/// <c>{{asset "site.css"}}</c> gives the asset's URL under the base path; <c>{{relUrl "/tags/"}}</c> prefixes any
/// root-relative path with the base path.
/// </summary>
public sealed class TemplateHelpers(SiteUrls urls, IReadOnlyDictionary<string, string> assetNames)
{
    public void Register(IHandlebars handlebars)
    {
        handlebars.RegisterHelper("asset", (writer, _, arguments) =>
        {
            var name = arguments.Length > 0 ? arguments[0]?.ToString() ?? "" : "";
            writer.Write(urls.Asset(assetNames.TryGetValue(name, out var hashed) ? hashed : name));
        });
        handlebars.RegisterHelper("relUrl", (writer, _, arguments) =>
        {
            var path = arguments.Length > 0 ? arguments[0]?.ToString() ?? "" : "";
            writer.Write(urls.BasePath + path.TrimStart('/'));
        });
        handlebars.RegisterHelper("eq", (writer, options, context, arguments) =>
        {
            if (arguments.Length == 2 && Equals(arguments[0]?.ToString(), arguments[1]?.ToString())) options.Template(writer, context);
            else options.Inverse(writer, context);
        });
    }
}
