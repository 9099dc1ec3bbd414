using System.Collections;
using Generator.Content;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Generator.Rendering;

/// <summary>
/// The Scriban context every template renders in: escaped by default, strict about names, and bounded.
/// Scriban itself writes <c>{{ x }}</c> as it is (upstream declined auto-escaping), so escaping happens here, at the
/// one place where an expression's value reaches the output. One context per worker thread: Scriban's contexts are
/// not thread-safe, the parsed templates they render are.
/// </summary>
internal sealed class ThemeContext : TemplateContext
{
    /// <summary>Iterations of one loop: far above any real list (the search page lists every post), far below "forever".</summary>
    public const int MaxLoopIterations = 1_000_000;

    /// <summary>Nesting of include and function calls: a partial that includes itself stops here.</summary>
    public const int MaxCallDepth = 64;

    public ThemeContext(ScriptObject builtins, ScriptObject theme, ITemplateLoader partials) : base(builtins)
    {
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        EnableRelaxedTargetAccess = false;
        EnableRelaxedIndexerAccess = false;
        LoopLimit = MaxLoopIterations;
        RecursiveLimit = MaxCallDepth;
        LimitToString = 0; // pages are as long as their content; Scriban's default would cut them at 1 MB
        AutoIndent = false; // included partials keep their own indentation, as written
        MemberRenamer = StandardMemberRenamer.Default;
        TemplateLoader = partials;
        TryGetMember = RecordMissingMember;
        PushGlobal(theme);
    }

    /// <summary>Pure partials' output for this render of the site (shared by every worker's context); null: none kept.</summary>
    public PartialCache? Partials { get; set; }

    /// <summary>Where this worker renders a page template's output before the layout copies it in (<see cref="HtmlBuffer"/>).</summary>
    public System.Text.StringBuilder Body { get; } = new();

    /// <summary>The language of the page being rendered: the output of <c>t</c> in a partial depends on it.</summary>
    public string PageLanguage { get; set; } = "";

    /// <summary>The object and name of the last member lookup that failed, so the error can say what the object has.</summary>
    public (object Target, string Member)? LastMissingMember { get; private set; }

    /// <summary>The names an object offers a template (snake_case members, or a map's keys).</summary>
    public IReadOnlyList<string> MembersOf(object target) =>
        GetMemberAccessor(target).GetMembers(this, CurrentSpan, target).ToList();

    protected override IObjectAccessor? GetMemberAccessorImpl(object target) => target switch
    {
        ParamMap => ParamMapAccessor.Default,
        _ when ViewAccessor.Handles(target.GetType()) => ViewAccessor.For(target.GetType()),
        _ => base.GetMemberAccessorImpl(target),
    };

    private bool RecordMissingMember(TemplateContext context, SourceSpan span, object target, string member, out object? value)
    {
        LastMissingMember = (target, member);
        value = null;
        return false;
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        switch (textAsObject)
        {
            case null:
                return this;
            case HtmlString html:
                Write(html.Value);
                return this;
            case HtmlBuffer body:
                body.WriteTo(this);
                return this;
            default:
                var text = ObjectToString(textAsObject);
                if (!string.IsNullOrEmpty(text)) Write(HtmlText.Escape(text));
                return this;
        }
    }

    /// <summary>
    /// Hugo's truthiness rather than Scriban's (where only null and false are false): an empty string,
    /// an empty list and zero are false, so <c>{{ if post.sources }}</c> means "has sources".
    /// </summary>
    public override bool ToBool(SourceSpan span, object? value) => value switch
    {
        null => false,
        bool b => b,
        string s => s.Length > 0,
        HtmlString h => h.Value.Length > 0,
        HtmlBuffer b => b.Length > 0,
        int i => i != 0,
        long l => l != 0,
        double d => d != 0,
        ICollection c => c.Count > 0,
        IEnumerable e when value is not IScriptObject => e.GetEnumerator().MoveNext(),
        _ => base.ToBool(span, value),
    };
}
