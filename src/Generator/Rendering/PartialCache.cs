using System.Collections.Concurrent;
using Scriban;
using Scriban.Syntax;

namespace Generator.Rendering;

/// <summary>
/// The output of partials that depend on nothing but their arguments, kept for one render of the site. A post card
/// appears on the home page, its category, its author and each of its tags' pages: the same partial with the same
/// post renders the same HTML every time, so it is rendered once per language and then copied. A partial is pure
/// when it reads only its <c>$arguments</c>, its own loop variables and the theme's functions, assigns nothing and
/// includes only pure partials; anything else (a partial that reads <c>site</c> or <c>page</c>) renders every time.
/// </summary>
internal sealed class PartialCache
{
    /// <summary>Globals a pure partial may use: functions whose result depends only on their arguments and the page's
    /// language (which is part of the key), and <c>site</c>, which is one object for every page of a language.</summary>
    private static readonly HashSet<string> PureGlobals = new(StringComparer.Ordinal)
        { "include", "t", "asset", "rel_url", "rel_lang_url", "html", "string", "array", "math", "for", "empty", "blank", "site" };

    // A key's value is null while the partial has been seen with those arguments only once: most arguments are one
    // page's own (a post page's tag list), and copying those out would cost a string that no other page reads.
    private readonly ConcurrentDictionary<Key, string?> outputs = new();
    private readonly ConcurrentDictionary<Template, bool> purity = new();

    /// <summary>The partial's output for these arguments, if a page has already kept it.</summary>
    public bool TryGet(Key key, out string html) => outputs.TryGetValue(key, out html!) && html is not null;

    /// <summary>True the first time a partial is met with these arguments: render it, but keep nothing yet.</summary>
    public bool FirstSight(Key key) => outputs.TryAdd(key, null);

    public void Add(Key key, string html) => outputs[key] = html;

    public bool IsPure(Template template, TemplateContext context) =>
        purity.TryGetValue(template, out var pure) ? pure : purity.GetOrAdd(template, Pure(template, context, []));

    private static bool Pure(Template template, TemplateContext context, HashSet<Template> visiting)
    {
        if (template.Page is not { } page || !visiting.Add(template)) return false;
        var nodes = Descendants(page).ToList();
        var loopVariables = nodes.OfType<ScriptForStatement>().Select(f => (f.Variable as ScriptVariable)?.Name).OfType<string>().ToHashSet();
        foreach (var node in nodes)
        {
            switch (node)
            {
                case ScriptAssignExpression:
                    return false;
                case ScriptVariableGlobal global when !PureGlobals.Contains(global.Name) && !loopVariables.Contains(global.Name):
                    return false;
                case ScriptFunctionCall { Target: ScriptVariableGlobal { Name: "include" } } call:
                    if (call.Arguments.Count == 0 || call.Arguments[0] is not ScriptLiteral { Value: string name }) return false;
                    var path = context.GetTemplatePathFromName(name, call);
                    if (path is null || !Pure(context.GetOrCreateTemplate(path, call), context, visiting)) return false;
                    break;
            }
        }
        return true;
    }

    private static IEnumerable<ScriptNode> Descendants(ScriptNode root)
    {
        var pending = new Stack<ScriptNode>([root]);
        while (pending.TryPop(out var node))
        {
            yield return node;
            // In post.title, "title" is a member name, not a variable: only the target is read from the scope.
            // Likewise the name of a named argument (include 'x' tags: …): only its value is read.
            if (node is ScriptMemberExpression { Target: { } target }) pending.Push(target);
            else if (node is ScriptNamedArgument named) { if (named.Value is { } value) pending.Push(value); }
            else foreach (var child in node.Children) if (child is not null) pending.Push(child);
        }
    }

    /// <summary>A partial, the page's language and the argument values: strings and numbers by value, views by identity
    /// (the ViewFactory hands out one view per post, so the same post is the same object on every page), empty lists as
    /// equal.</summary>
    public sealed class Key(Template template, string language, object?[] values) : IEquatable<Key>
    {
        private readonly int hash = HashOf(template, language, values);

        public bool Equals(Key? other) =>
            other is not null && hash == other.hash && ReferenceEquals(template, other.Template) && language == other.Language
            && values.Length == other.Values.Length && values.Zip(other.Values).All(p => Same(p.First, p.Second));

        public override bool Equals(object? obj) => Equals(obj as Key);

        public override int GetHashCode() => hash;

        private Template Template => template;

        private string Language => language;

        private object?[] Values => values;

        // Empty lists are all alike: a one-language site's pages each carry an empty language switch of their own.
        private static bool Same(object? a, object? b) =>
            ReferenceEquals(a, b) || (a is string or ValueType && Equals(a, b))
            || (a is System.Collections.ICollection { Count: 0 } && b is System.Collections.ICollection { Count: 0 });

        private static int HashOf(Template template, string language, object?[] values)
        {
            var hash = new HashCode();
            hash.Add(template);
            hash.Add(language);
            foreach (var value in values)
                hash.Add(value is string or ValueType ? value
                    : value is null or System.Collections.ICollection { Count: 0 } ? 0
                    : System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(value));
            return hash.ToHashCode();
        }
    }
}
