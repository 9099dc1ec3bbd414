namespace Generator.Rendering;

/// <summary>
/// Text that is already HTML: rendered Markdown, JSON-LD, an included partial's output, or what a template passed
/// through <c>html.raw</c>. The theme writes it as it is; every other value a template writes is HTML-escaped
/// (<see cref="ThemeContext"/>), so forgetting to escape is impossible and only this type can carry markup.
/// </summary>
public sealed record HtmlString(string Value)
{
    public override string ToString() => Value;
}
