using System.Reflection;
using Generator.Content;
using Generator.Rendering;

namespace Generator.Tests.Support;

/// <summary>
/// Builds any view record by reflection with every string set to one text, every list holding two items, every
/// optional value present (Full) or absent (Sparse), so a test can put hostile text into every field a template can
/// reach without naming the fields, and a new field is covered the day it is added.
/// </summary>
public sealed class ViewPopulator(string text, bool full)
{
    public const string HtmlMarker = "<b data-html-marker>html</b>";

    private readonly NullabilityInfoContext nullability = new();

    public T Make<T>() => (T)Make(typeof(T), depth: 0)!;

    /// <summary>The (snake_case) names of every member a view type exposes, recursively, for the theme guide check.</summary>
    public static IEnumerable<Type> ViewTypes(Type root)
    {
        var seen = new HashSet<Type>();
        var pending = new Stack<Type>([root]);
        while (pending.TryPop(out var type))
        {
            if (!IsView(type) || !seen.Add(type)) continue;
            yield return type;
            foreach (var property in PublicProperties(type)) pending.Push(ElementType(property.PropertyType));
        }
    }

    public static IEnumerable<PropertyInfo> PublicProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.Name != "EqualityContract" && p.GetIndexParameters().Length == 0);

    private static bool IsView(Type type) => type.Namespace == typeof(PostView).Namespace && type.IsClass && type != typeof(HtmlString) && type != typeof(HtmlBuffer);

    private static Type ElementType(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? type.GetGenericArguments()[0]
        : Nullable.GetUnderlyingType(type) ?? type;

    private object? Make(Type type, int depth)
    {
        if (type == typeof(string)) return full ? text : "";
        if (type == typeof(HtmlString)) return new HtmlString(HtmlMarker);
        if (type == typeof(HtmlBuffer)) return new HtmlBuffer(new System.Text.StringBuilder(HtmlMarker));
        if (type == typeof(int)) return full ? 2 : 0;
        if (type == typeof(bool)) return full;
        if (type == typeof(ParamMap)) return ParamMap.Of([new("note", full ? text : null)]);
        if (Nullable.GetUnderlyingType(type) is { } inner) return Make(inner, depth);
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            var element = type.GetGenericArguments()[0];
            var list = (System.Collections.IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element))!;
            if (full && depth < 4) for (var i = 0; i < 2; i++) list.Add(Make(element, depth + 1));
            return list;
        }
        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        var arguments = constructor.GetParameters().Select(p => Value(p.ParameterType, nullability.Create(p).WriteState, depth)).ToArray();
        var instance = constructor.Invoke(arguments);
        foreach (var property in PublicProperties(type).Where(p => p.SetMethod is { IsPublic: true }))
            property.SetValue(instance, Value(property.PropertyType, nullability.Create(property).WriteState, depth));
        return instance;
    }

    private object? Value(Type type, NullabilityState state, int depth) =>
        !full && (state == NullabilityState.Nullable || Nullable.GetUnderlyingType(type) is not null) ? null : Make(type, depth + 1);
}
