using System.Text;
using System.Xml;

namespace Generator.Output;

/// <summary>
/// Writes an XML document to a string whose declaration says UTF-8, matching the bytes SiteWriter writes.
/// (An XmlWriter over a StringWriter would declare encoding="utf-16".)
/// </summary>
public static class XmlText
{
    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
    };

    public static string Write(Action<XmlWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, Settings))
        {
            write(writer);
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
