using Generator.Markdown;

namespace Generator.Rendering;

/// <summary>
/// Text that is already HTML: rendered Markdown, JSON-LD, an included partial's output, or what a template passed
/// through <c>html.raw</c>. The theme writes it as it is; every other value a template writes is HTML-escaped
/// (<see cref="ThemeContext"/>), so forgetting to escape is impossible and only this type can carry markup.
/// </summary>
internal sealed record HtmlString
{
    private readonly string? value;
    private readonly RenderedMarkdown? markdown;

    public HtmlString(string value) => this.value = value;

    /// <summary>Rendered Markdown, read from its UTF-8 when the page is written: a post's page model, made before any
    /// page renders, then holds no second copy of the post's HTML (<see cref="RenderedMarkdown"/>).</summary>
    public HtmlString(RenderedMarkdown markdown) => this.markdown = markdown;

    public string Value => value ?? markdown!.Html;

    /// <summary>The SHA-256 of the HTML's UTF-8 bytes (rendered Markdown is hashed as it is held, never decoded).</summary>
    public byte[] Sha256() => markdown is not null
        ? markdown.Sha256
        : System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(value!));

    public bool Equals(HtmlString? other) => other is not null && Value == other.Value;

    public override int GetHashCode() => Value.GetHashCode(StringComparison.Ordinal);

    public override string ToString() => Value;
}
