using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Generator.Content;

/// <summary>
/// A content file split into its YAML front matter (parsed, with positions mapped to file lines) and its Markdown body.
/// </summary>
internal sealed record FrontMatterDocument(SourceFile File, YamlMappingNode? Yaml, string Body, int BodyLine)
{
    /// <summary>The file line of the first YAML line: the line after the opening <c>---</c>.</summary>
    public const int YamlFirstLine = 2;

    /// <summary>Where YAML line 1 sits in the file (1 for a pure YAML file such as site.yml).</summary>
    public int FirstYamlLine { get; init; } = YamlFirstLine;

    /// <summary>Whether the file started with a front matter block at all.</summary>
    public bool HasFrontMatter => Yaml is not null;

    public SourceLocation At(Mark mark) => new(File.RelativePath, (int)mark.Line + FirstYamlLine - 1, (int)mark.Column);

    public SourceLocation At(YamlNode node) => At(node.Start);

    public SourceLocation Start => SourceLocation.FileStart(File.RelativePath);

    /// <summary>Splits and parses; returns null when the front matter is unusable (the error is reported).</summary>
    public static FrontMatterDocument? Parse(SourceFile file, DiagnosticBag diagnostics)
    {
        var text = file.Text;
        if (!IsDelimiter(text, 0, out var yamlStart))
            return new FrontMatterDocument(file, null, text, 1);

        var lineStart = yamlStart;
        var line = YamlFirstLine;
        while (lineStart <= text.Length)
        {
            if (IsDelimiter(text, lineStart, out var bodyStart))
            {
                var yamlText = text[yamlStart..lineStart];
                var body = bodyStart >= text.Length ? "" : text[bodyStart..];
                var probe = new FrontMatterDocument(file, new YamlMappingNode(), body, line + 1);
                var yaml = ParseYaml(probe, yamlText, diagnostics);
                return yaml is null ? null : probe with { Yaml = yaml };
            }
            var next = text.IndexOf('\n', lineStart);
            if (next < 0) break;
            lineStart = next + 1;
            line++;
        }
        diagnostics.Error(new SourceLocation(file.RelativePath, 1, 1), DiagnosticCodes.UnclosedFrontMatter,
            "front matter starts with '---' but has no closing '---' line");
        return null;
    }

    /// <summary>Parses a file that is YAML throughout, such as site.yml.</summary>
    public static FrontMatterDocument? ParsePlainYaml(SourceFile file, DiagnosticBag diagnostics)
    {
        var probe = new FrontMatterDocument(file, new YamlMappingNode(), "", 1) { FirstYamlLine = 1 };
        var yaml = ParseYaml(probe, file.Text, diagnostics);
        return yaml is null ? null : probe with { Yaml = yaml };
    }

    private static YamlMappingNode? ParseYaml(FrontMatterDocument doc, string yamlText, DiagnosticBag diagnostics)
    {
        try
        {
            var stream = new YamlStream();
            var parser = new PositionTrackingParser(new Parser(new StringReader(yamlText)));
            try
            {
                stream.Load(parser);
            }
            catch (InvalidOperationException e)
            {
                // YamlDotNet's scanner throws a plain InvalidOperationException on some malformed input (for example an
                // unclosed flow sequence followed by a mapping line); report it where parsing got to.
                throw new YamlException(parser.LastEnd, parser.LastEnd, "unexpected content (is a bracket or quote left open?)", e);
            }
            catch (ArgumentOutOfRangeException e)
            {
                // "\uD83D\u0041", a first half of a surrogate pair followed by another escape: YamlDotNet's scanner
                // passes the two to char.ConvertToUtf32, which throws; the escape is found after where parsing got to.
                throw new YamlException(parser.LastEnd, parser.LastEnd, "found invalid Unicode surrogates", e);
            }
            if (stream.Documents.Count == 0) return new YamlMappingNode();
            if (stream.Documents[0].RootNode is YamlMappingNode mapping) return InvalidCharacterIn(doc, mapping, diagnostics) ? null : mapping;
            diagnostics.Error(doc.At(stream.Documents[0].RootNode), DiagnosticCodes.MalformedYaml,
                "front matter must be a YAML mapping of keys to values");
        }
        catch (YamlTooDeepException e)
        {
            diagnostics.Error(doc.At(e.Start), DiagnosticCodes.TooDeep, e.Message);
        }
        catch (YamlLimitException e)
        {
            diagnostics.Error(doc.At(e.Start), DiagnosticCodes.OverLimit, e.Message);
        }
        catch (YamlException e)
        {
            var problem = YamlErrorHint.Explain(yamlText, e, CleanMessage(e));
            diagnostics.Error(new SourceLocation(doc.File.RelativePath, problem.Line + doc.FirstYamlLine - 1, problem.Column),
                DiagnosticCodes.MalformedYaml, problem.Message);
        }
        return null;
    }

    /// <summary>Escapes such as <c>"\x01"</c> put characters into values that the file itself does not show; they are
    /// errors at the value, as they are in the text (<see cref="XmlChars"/>).</summary>
    private static bool InvalidCharacterIn(FrontMatterDocument doc, YamlNode root, DiagnosticBag diagnostics)
    {
        var found = false;
        var pending = new Stack<YamlNode>([root]); // iterative: the tree may be as deep as the parser allowed
        while (pending.TryPop(out var node))
        {
            switch (node)
            {
                case YamlScalarNode { Value: { } value } when XmlChars.IndexOfInvalid(value) is var i and >= 0:
                    diagnostics.Error(doc.At(node), DiagnosticCodes.InvalidCharacter, XmlChars.Describe(value[i]));
                    found = true;
                    break;
                case YamlMappingNode mapping:
                    foreach (var (key, value) in mapping.Children) { pending.Push(key); pending.Push(value); }
                    break;
                case YamlSequenceNode sequence:
                    foreach (var child in sequence.Children) pending.Push(child);
                    break;
            }
        }
        return found;
    }

    private static string CleanMessage(YamlException e)
    {
        // YamlDotNet prefixes messages with its own (YAML-relative) position; ours is the file position.
        var message = e.InnerException is YamlException inner && inner.Message.Length > 0 ? inner.Message : e.Message;
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith('(') && close > 0) message = message[(close + 3)..];
        return message.TrimEnd('.').Trim();
    }

    private static bool IsDelimiter(string text, int lineStart, out int nextLine)
    {
        var end = text.IndexOf('\n', lineStart);
        var lineEnd = end < 0 ? text.Length : end;
        nextLine = end < 0 ? text.Length : end + 1;
        return lineStart < text.Length && text.AsSpan(lineStart, lineEnd - lineStart).TrimEnd() is "---";
    }
}
