namespace Generator.Tests.Publishing;

/// <summary>The mapping from a workflow's run: line to the generator's arguments never guesses.</summary>
public class GeneratorCommandTests
{
    [Fact]
    public void Dotnet_run_of_the_generator_project_maps_to_the_arguments_after_the_double_dash()
    {
        var command = GeneratorCommand.Parse("dotnet run --project src/Generator/ -c Release --no-restore -- build --base-url \"https://example.github.io/ai-news\"");
        command.Project.ShouldBe("src/Generator");
        command.Args.ShouldBe(["build", "--base-url", "https://example.github.io/ai-news"]);
    }

    [Fact]
    public void A_script_is_one_command_per_line_with_comments_blank_lines_and_continuations_handled()
    {
        var commands = GeneratorCommand.FromScript("# build first\ndotnet run --project src/Generator -- build \\\n  --drafts\n\ndotnet run --project src/Generator -- check --strict\n");
        commands.Select(c => string.Join(' ', c.Args)).ShouldBe(["build --drafts", "check --strict"]);
    }

    [Theory]
    [InlineData("dotnet build")]
    [InlineData("npm run build")]
    [InlineData("dotnet run --project src/Generator --framework net9.0 -- build")]
    [InlineData("dotnet run -- build")]
    [InlineData("dotnet run --project src/Generator -- build --base-url $BASE_URL")]
    [InlineData("dotnet run --project src/Generator -- build --base-url \"$BASE_URL\"")]
    [InlineData("dotnet run --project src/Generator -- build && echo done")]
    [InlineData("dotnet run --project src/Generator -- build > log.txt")]
    public void Anything_it_cannot_run_faithfully_is_refused(string line) =>
        Should.Throw<NotSupportedException>(() => GeneratorCommand.Parse(line));

    [Fact]
    public void Quotes_and_escapes_are_read_as_bash_reads_them() =>
        GeneratorCommand.ShellWords("a 'b c' \"d \\\"e\\\"\" f\\ g").ShouldBe(["a", "b c", "d \"e\"", "f g"]);
}
