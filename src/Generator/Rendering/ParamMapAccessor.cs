using Generator.Content;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Generator.Rendering;

/// <summary>
/// How templates read a <see cref="ParamMap"/>: by key, and a key the post does not have is empty rather than an
/// error. Params are open by nature (one post has a series, the next does not), so
/// <c>{{ if post.params.series }}</c> must work everywhere, while every other name stays strict.
/// </summary>
internal sealed class ParamMapAccessor : IObjectAccessor
{
    public static readonly ParamMapAccessor Default = new();

    public int GetMemberCount(TemplateContext context, SourceSpan span, object target) => ((ParamMap)target).Count;

    public IEnumerable<string> GetMembers(TemplateContext context, SourceSpan span, object target) => ((ParamMap)target).Keys;

    public bool HasMember(TemplateContext context, SourceSpan span, object target, string member) => true;

    public bool TryGetValue(TemplateContext context, SourceSpan span, object target, string member, out object? value)
    {
        ((ParamMap)target).TryGetValue(member, out value);
        return true;
    }

    public bool TrySetValue(TemplateContext context, SourceSpan span, object target, string member, object? value) =>
        throw new ScriptRuntimeException(span, $"params are read-only: '{member}' comes from front matter or site.yml");

    public bool TryGetItem(TemplateContext context, SourceSpan span, object target, object index, out object? value) =>
        TryGetValue(context, span, target, context.ObjectToString(index) ?? "", out value);

    public bool TrySetItem(TemplateContext context, SourceSpan span, object target, object index, object? value) =>
        TrySetValue(context, span, target, context.ObjectToString(index) ?? "", value);

    public bool HasIndexer => true;

    public Type IndexType => typeof(string);
}
