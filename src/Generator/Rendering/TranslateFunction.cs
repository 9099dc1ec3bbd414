using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Generator.Rendering;

/// <summary>
/// <c>{{ t 'min_read' post.reading_minutes }}</c>: the page language's interface string for a key, with <c>{0}</c>,
/// <c>{1}</c>… replaced by the arguments that follow it. A key that no file of templates/i18n/ has (nor the
/// generator's English) is written as it is, with a warning at the template position that used it.
/// </summary>
internal sealed class TranslateFunction(InterfaceStrings.LanguageStrings strings, Action<SourceSpan, string> missing) : IScriptCustomFunction
{
    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;

    public Type ReturnType => typeof(string);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var span = callerContext?.Span ?? context.CurrentSpan;
        if (arguments.Count == 0 || arguments[0] is not string key)
            throw new ScriptRuntimeException(span, "t needs the key of an interface string, e.g. t 'min_read'");
        var args = arguments.Skip(1).ToArray();
        if (strings.Find(key, args) is { } text) return text;
        missing(span, key);
        return key;
    }

    public ScriptParameterInfo GetParameterInfo(int index) =>
        index == 0 ? new ScriptParameterInfo(typeof(string), "key") : new ScriptParameterInfo(typeof(object), "value");

    public int GetParameterIndexByName(string name) => name == "key" ? 0 : -1;

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
