using Generator.Content;
using Markdig.Syntax.Inlines;

namespace Generator.Glossary;

/// <summary>
/// A term the glossary linked: a container around the literal text it matched, so the words stay words for reading
/// time, plain text and any renderer that does not know this inline.
/// </summary>
internal sealed class GlossaryLinkInline(GlossaryTerm term) : ContainerInline
{
    public GlossaryTerm Term { get; } = term;
}
