using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Generator.Rendering;

/// <summary>
/// <c>{{ include 'post-card' post: p }}</c>: Scriban's include, except that the partial's output is marked as HTML.
/// The partial escaped its own values when it rendered them, so the caller must not escape them again. Named
/// arguments become the partial's variables; the partial also sees the page's globals (site, page, …).
/// </summary>
public sealed class HtmlInclude : IScriptCustomFunction
{
    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;

    public Type ReturnType => typeof(HtmlString);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var span = callerContext?.Span ?? context.CurrentSpan;
        if (arguments.Count == 0 || arguments[0] is not string name)
            throw new ScriptRuntimeException(span, "include needs the name of a partial as a string, e.g. include 'post-card'");
        var caller = callerContext ?? context.CurrentNode;
        var path = context.GetTemplatePathFromName(name, caller)!;
        var template = context.GetOrCreateTemplate(path, caller);
        return new HtmlString(context.RenderTemplate(template, arguments, caller));
    }

    public ScriptParameterInfo GetParameterInfo(int index) =>
        index == 0 ? new ScriptParameterInfo(typeof(string), "template_name") : new ScriptParameterInfo(typeof(object), "value");

    public int GetParameterIndexByName(string name) => name == "template_name" ? 0 : -1;

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
