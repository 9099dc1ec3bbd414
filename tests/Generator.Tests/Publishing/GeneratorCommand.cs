using System.Text;

namespace Generator.Tests.Publishing;

/// <summary>
/// One command of a workflow <c>run:</c> script, mapped onto the generator: <c>dotnet run --project src/Generator
/// [-c Release] [--no-build] [--no-restore] -- ARGS</c> runs the generator with ARGS in the repository root, so a
/// test can run the same thing from the built Generator.dll. Anything this class cannot map faithfully (another
/// program, pipes, variables, other <c>dotnet run</c> options) is an error naming the line, never silently skipped:
/// teach this class the new command rather than weakening the test.
/// </summary>
public sealed record GeneratorCommand(string Line, string Project, IReadOnlyList<string> Args)
{
    private static readonly HashSet<string> HarmlessFlags = ["--no-build", "--no-restore"];
    private static readonly HashSet<string> HarmlessOptions = ["-c", "--configuration"];

    /// <summary>The commands of a script: one per line, blank lines and comments skipped, '\' continuations joined.</summary>
    public static IReadOnlyList<GeneratorCommand> FromScript(string script) =>
        script.Replace("\\\n", " ").Split('\n').Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#')).Select(Parse).ToList();

    public static GeneratorCommand Parse(string line)
    {
        var words = ShellWords(line);
        if (words.Count < 2 || words[0] != "dotnet" || words[1] != "run")
            throw new NotSupportedException($"'{line}' is not 'dotnet run --project … -- …'; the test cannot run it faithfully");
        string? project = null;
        var i = 2;
        for (; i < words.Count && words[i] != "--"; i++)
        {
            if (words[i] is "--project" or "-p" && i + 1 < words.Count) project = words[++i];
            else if (HarmlessOptions.Contains(words[i]) && i + 1 < words.Count) i++;
            else if (!HarmlessFlags.Contains(words[i]))
                throw new NotSupportedException($"'{line}': the test does not know what dotnet run's '{words[i]}' changes");
        }
        if (project is null) throw new NotSupportedException($"'{line}' names no --project");
        return new GeneratorCommand(line, project.TrimEnd('/'), words.Skip(i + 1).ToList());
    }

    /// <summary>Splits a line as bash would, for the quoting a workflow uses; expansions and operators are refused.</summary>
    public static IReadOnlyList<string> ShellWords(string line)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var inWord = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (char.IsWhiteSpace(c))
            {
                if (inWord) words.Add(word.ToString());
                word.Clear();
                inWord = false;
                continue;
            }
            inWord = true;
            if (c == '\'')
            {
                var end = line.IndexOf('\'', i + 1);
                if (end < 0) throw new NotSupportedException($"unclosed ' in '{line}'");
                word.Append(line, i + 1, end - i - 1);
                i = end;
            }
            else if (c == '"')
            {
                for (i++; i < line.Length && line[i] != '"'; i++)
                {
                    if (line[i] is '$' or '`') throw new NotSupportedException($"'{line}' expands a variable or command; the test cannot model it");
                    if (line[i] == '\\' && i + 1 < line.Length && line[i + 1] is '"' or '\\' or '$' or '`') i++;
                    word.Append(line[i]);
                }
                if (i >= line.Length) throw new NotSupportedException($"unclosed \" in '{line}'");
            }
            else if (c == '\\' && i + 1 < line.Length) word.Append(line[++i]);
            else if ("$`|&;<>()*?[]{}~".Contains(c))
                throw new NotSupportedException($"'{line}' uses the shell's '{c}'; the test cannot model it");
            else word.Append(c);
        }
        if (inWord) words.Add(word.ToString());
        return words;
    }
}
