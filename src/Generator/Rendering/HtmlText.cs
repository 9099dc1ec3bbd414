using System.Buffers;
using System.Text;

namespace Generator.Rendering;

/// <summary>
/// Escapes text for HTML element content and quoted attribute values: <c>&amp; &lt; &gt; " '</c> become entities,
/// everything else, non-ASCII included, stays as it is (pages are UTF-8). The forms (<c>&amp;#x27;</c> for an
/// apostrophe) are those the theme has always written, so pages stay byte-identical.
/// </summary>
internal static class HtmlText
{
    private static readonly SearchValues<char> Special = SearchValues.Create("&<>\"'");

    public static string Escape(string text)
    {
        var first = text.AsSpan().IndexOfAny(Special);
        if (first < 0) return text;
        var builder = new StringBuilder(text.Length + 16);
        builder.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\'': builder.Append("&#x27;"); break;
                default: builder.Append(c); break;
            }
        }
        return builder.ToString();
    }
}
