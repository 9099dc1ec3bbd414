using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.CompilerServices;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Generator.Rendering;

/// <summary>
/// How templates read the view records: one typed getter delegate per member, named in snake_case, built once per type
/// for the whole process. Scriban's own accessor calls PropertyInfo.GetValue for every member read; pages read
/// thousands of members, so this is where rendering spends less. Views are read-only to templates.
/// </summary>
internal sealed class ViewAccessor : IObjectAccessor
{
    private static readonly ConcurrentDictionary<Type, ViewAccessor> ByType = new();
    private static readonly object True = true, False = false;

    private readonly Dictionary<string, Func<object, object?>> getters;
    private readonly string[] names;

    // Views are the tool's own records, in the assembly the Native AOT tool keeps whole (Generator.csproj).
    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "View records live in the tool's own assembly, kept whole when trimmed.")]
    private ViewAccessor(Type type)
    {
        getters = new Dictionary<string, Func<object, object?>>(StringComparer.Ordinal);
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || property.GetMethod is null || property.Name == "EqualityContract") continue;
            getters[StandardMemberRenamer.Rename(property.Name)] = Compile(type, property);
        }
        names = [.. getters.Keys];
    }

    /// <summary>Records of the Rendering namespace (the views) get this accessor; anything else Scriban's own.</summary>
    public static bool Handles(Type type) =>
        type.Namespace == typeof(ViewAccessor).Namespace && type.IsClass && type != typeof(HtmlString) && type != typeof(HtmlBuffer);

    public static ViewAccessor For(Type type) => ByType.GetOrAdd(type, t => new ViewAccessor(t));

    /// <summary>A page model's members as the template's global variables.</summary>
    public static ScriptObject Globals(object model)
    {
        var accessor = For(model.GetType());
        var globals = new ScriptObject(accessor.names.Length);
        foreach (var (name, getter) in accessor.getters) globals.SetValue(name, getter(model), false);
        return globals;
    }

    public int GetMemberCount(TemplateContext context, SourceSpan span, object target) => names.Length;

    public IEnumerable<string> GetMembers(TemplateContext context, SourceSpan span, object target) => names;

    public bool HasMember(TemplateContext context, SourceSpan span, object target, string member) => getters.ContainsKey(member);

    public bool TryGetValue(TemplateContext context, SourceSpan span, object target, string member, out object? value)
    {
        if (getters.TryGetValue(member, out var getter))
        {
            value = getter(target);
            return true;
        }
        value = null;
        return false;
    }

    public bool TrySetValue(TemplateContext context, SourceSpan span, object target, string member, object? value) => false;

    public bool TryGetItem(TemplateContext context, SourceSpan span, object target, object index, out object? value)
    {
        value = null;
        return false;
    }

    public bool TrySetItem(TemplateContext context, SourceSpan span, object target, object index, object? value) => false;

    public bool HasIndexer => false;

    public Type? IndexType => null;

    // A typed delegate to the property's getter, wrapped once: no expression tree to compile and no dynamic method to
    // JIT per member (about 200 of them made a third of the JIT's work in a small site's build), and views of reference
    // types share one precompiled instantiation of Getter.
    // The Native AOT tool cannot make generic code at run time (a view with an int member needs Getter<TView, int>), so
    // there each member is read through reflection, which its compiled code makes fast enough for a site's pages.
    [UnconditionalSuppressMessage("Trimming", "IL2060", Justification = "Getter only reads a property; the views' assembly is kept whole when trimmed.")]
    private static Func<object, object?> Compile(Type type, PropertyInfo property)
    {
        if (!RuntimeFeature.IsDynamicCodeSupported)
            return property.PropertyType == typeof(bool) ? view => (bool)property.GetValue(view)! ? True : False : property.GetValue;
        return GetterFactory.MakeGenericMethod(type, property.PropertyType)
            .CreateDelegate<Func<MethodInfo, Func<object, object?>>>()(property.GetMethod!);
    }

    private static readonly MethodInfo GetterFactory =
        typeof(ViewAccessor).GetMethod(nameof(Getter), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static Func<object, object?> Getter<TView, TValue>(MethodInfo getter)
    {
        var get = getter.CreateDelegate<Func<TView, TValue>>();
        // Booleans are read on every page (draft, show_toc, …): share two boxes instead of allocating one each time.
        if (typeof(TValue) == typeof(bool))
        {
            var flag = (Func<TView, bool>)(object)get;
            return view => flag((TView)view) ? True : False;
        }
        return view => get((TView)view);
    }
}
