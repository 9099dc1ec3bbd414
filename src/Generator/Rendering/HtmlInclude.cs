using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Generator.Rendering;

/// <summary>
/// <c>{{ include 'post-card' post: p }}</c>: Scriban's include, except that the partial's output is HTML. The partial
/// escaped its own values as it rendered them, so nothing is escaped twice. Named arguments become the partial's
/// <c>$name</c> variables; the partial also sees the page's globals (site, page, …).
/// </summary>
internal sealed class HtmlInclude : IScriptCustomFunction
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
        var template = context.GetOrCreateTemplate(context.GetTemplatePathFromName(name, caller)!, caller);
        // Written where it stands ({{ include 'x' }}, by far the common case): render straight into the page.
        // Anywhere else (assigned, piped) the partial's text is the value, as HTML.
        if (caller is ScriptFunctionCall call && call.Parent is ScriptExpressionStatement && template.Page is { } page)
        {
            RenderInPlace(context, call, template, page, arguments);
            return null;
        }
        return new HtmlString(context.RenderTemplate(template, arguments, caller));
    }

    /// <summary>What Scriban's RenderTemplate does, minus the output it pushes and the string it makes of it. A pure
    /// partial (<see cref="PartialCache"/>) met again with the same arguments is copied rather than rendered.</summary>
    private static void RenderInPlace(TemplateContext context, ScriptFunctionCall call, Template template, ScriptPage page, ScriptArray arguments)
    {
        var named = new List<(string Name, object? Value)>();
        foreach (var argument in call.Arguments)
            if (argument is ScriptNamedArgument { Name.Name: { } argName, Value: { } value })
                named.Add((argName, context.Evaluate(value)));
        if (context is not ThemeContext { Partials: { } cache } theme || !cache.IsPure(template, context))
        {
            Render(context, call, page, arguments, named);
            return;
        }
        var values = new object?[arguments.Count - 1 + 2 * named.Count];
        var at = 0;
        for (var i = 1; i < arguments.Count; i++) values[at++] = arguments[i];
        foreach (var (argName, value) in named) (values[at++], values[at++]) = (argName, value);
        var key = new PartialCache.Key(template, theme.PageLanguage, values);
        if (cache.TryGet(key, out var html))
        {
            context.Write(html);
            return;
        }
        // Rendered in place either way; met a second time, the output is also copied out of the page for the next ones.
        if (cache.FirstSight(key) || context.Output is not StringBuilderOutput { Builder: var output })
        {
            Render(context, call, page, arguments, named);
            return;
        }
        var start = output.Length;
        Render(context, call, page, arguments, named);
        cache.Add(key, output.ToString(start, output.Length - start));
    }

    private static void Render(TemplateContext context, ScriptFunctionCall call, ScriptPage page, ScriptArray arguments,
        List<(string Name, object? Value)> named)
    {
        context.EnterRecursive(call);
        context.PushLocal();
        try
        {
            context.SetValue(ScriptVariable.Arguments, arguments, true, true);
            foreach (var (argName, value) in named)
                context.SetValue(ScriptVariable.Create(argName, ScriptVariableScope.Local), value, false, true);
            if (context.Evaluate(page) is { } result) context.Write(page.Span, result);
        }
        finally
        {
            context.PopLocal();
            context.ExitRecursive(call);
        }
    }

    public ScriptParameterInfo GetParameterInfo(int index) =>
        index == 0 ? new ScriptParameterInfo(typeof(string), "template_name") : new ScriptParameterInfo(typeof(object), "value");

    public int GetParameterIndexByName(string name) => name == "template_name" ? 0 : -1;

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
