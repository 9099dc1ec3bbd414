using System.Text;
using System.Xml;

namespace Generator.Output;

/// <summary>
/// Writes an XML document to a string whose declaration says UTF-8, matching the bytes SiteWriter writes.
/// (An XmlWriter over a plain StringWriter would declare encoding="utf-16".) The text goes straight into a
/// StringBuilder: writing UTF-8 bytes to a stream and decoding them again cost a feed three copies of itself, each
/// fresh large-object memory, which serve's rebuilds feel at every save.
/// </summary>
internal static class XmlText
{
    private static readonly XmlWriterSettings Settings = new()
    {
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
    };

    public static string Write(Action<XmlWriter> write)
    {
        using var text = new Utf8StringWriter();
        using (var writer = XmlWriter.Create(text, Settings))
        {
            write(writer);
        }
        return text.Append('\n').ToString();
    }

    /// <summary>A StringWriter whose encoding, which the XML declaration names, is UTF-8.</summary>
    private sealed class Utf8StringWriter : StringWriter
    {
        private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

        public override Encoding Encoding => Utf8;

        public Utf8StringWriter Append(char value)
        {
            Write(value);
            return this;
        }
    }
}
