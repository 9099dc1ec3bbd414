using System.Text;
using Generator.Authoring;
using Generator.Tests.Support;

namespace Generator.Tests.Authoring;

/// <summary>
/// <see cref="NewFiles"/>, under <c>new</c>, <c>init</c> and <c>theme eject</c>: every obstacle is found before the first
/// byte is written, nothing is written through a link, and a failure part-way leaves the folder as it was.
/// </summary>
public sealed class NewFilesTests : IDisposable
{
    private readonly string sandbox = Directory.CreateTempSubdirectory("newsgen-newfiles-").FullName;

    public NewFilesTests()
    {
        Directory.CreateDirectory(Site);
        Directory.CreateDirectory(Outside);
        File.WriteAllText(Path.Combine(Outside, "secret.txt"), "outside");
    }

    private string Site => Path.Combine(sandbox, "site");

    private string Outside => Path.Combine(sandbox, "outside");

    public void Dispose() => Directory.Delete(sandbox, recursive: true);

    private static (string, byte[]) File_(string path, string text = "new") => (path, Encoding.UTF8.GetBytes(text));

    [Fact]
    public void A_file_where_a_folder_must_be_is_reported_before_anything_is_written()
    {
        File.WriteAllText(Path.Combine(Site, "content"), "a file");
        var before = FileTree.Snapshot(sandbox);

        var result = NewFiles.Write(Site, [File_("site.yml"), File_("content/posts/a.md"), File_("content/posts/b.md")]);

        result.Problems.ShouldBe(["'content' is a file, not a folder"]);
        result.Created.ShouldBeEmpty();
        FileTree.Snapshot(sandbox).ShouldBe(before);
    }

    [Theory]
    [InlineData("nowhere", "'content/glossary' is a link to 'nowhere', which does not exist")]
    [InlineData("../site.yml", "'content/glossary' is a link to '../site.yml', which is not a folder")]
    [InlineData("glossary", "'content/glossary' is part of a link loop; remove the link")]
    [InlineData("../../outside", "'content/glossary' is a link to '../../outside', outside the site, which the build does not read; make it a folder of the site")]
    public void A_link_where_a_folder_must_be_is_followed_only_to_a_folder_inside_the_site(string target, string problem)
    {
        File.WriteAllText(Path.Combine(Site, "site.yml"), "title: x");
        Directory.CreateDirectory(Path.Combine(Site, "content"));
        Directory.CreateSymbolicLink(Path.Combine(Site, "content/glossary"), target);
        var before = FileTree.Snapshot(sandbox);

        var result = NewFiles.Write(Site, [File_("content/glossary/term.md")]);

        result.Problems.ShouldBe([problem]);
        FileTree.Snapshot(sandbox).ShouldBe(before);
    }

    [Fact]
    public void A_link_to_a_folder_inside_the_site_is_followed_as_the_build_follows_it()
    {
        Directory.CreateDirectory(Path.Combine(Site, "shared/terms"));
        Directory.CreateDirectory(Path.Combine(Site, "content"));
        Directory.CreateSymbolicLink(Path.Combine(Site, "content/glossary"), "../shared/terms");

        var result = NewFiles.Write(Site, [File_("content/glossary/term.md", "term")]);

        result.Created.ShouldBe(["content/glossary/term.md"]);
        File.ReadAllText(Path.Combine(Site, "shared/terms/term.md")).ShouldBe("term");
    }

    [Fact]
    public void An_existing_file_folder_or_link_is_skipped_and_never_written_through()
    {
        Directory.CreateDirectory(Path.Combine(Site, "posts/folder.md"));
        File.WriteAllText(Path.Combine(Site, "posts/file.md"), "mine");
        File.CreateSymbolicLink(Path.Combine(Site, "posts/out.md"), Path.Combine(Outside, "secret.txt"));
        File.CreateSymbolicLink(Path.Combine(Site, "posts/dangling.md"), Path.Combine(Outside, "missing.txt"));
        var before = FileTree.Snapshot(sandbox);

        string[] paths = ["posts/folder.md", "posts/file.md", "posts/out.md", "posts/dangling.md"];
        var result = NewFiles.Write(Site, paths.Select(p => File_(p)).ToList());

        result.Succeeded.ShouldBeTrue();
        result.Skipped.ShouldBe(paths);
        FileTree.Snapshot(sandbox).ShouldBe(before);
    }

    [Fact]
    public void A_failure_part_way_removes_every_file_and_folder_this_call_created()
    {
        // A name over the file system's 255-byte limit fails at the write itself, after two files and three folders were
        // made: a failure no check beforehand can see, and one that fails as root too.
        Directory.CreateDirectory(Path.Combine(Site, "content"));
        File.WriteAllText(Path.Combine(Site, "content/existing.md"), "mine");
        var before = FileTree.Snapshot(sandbox);
        var tooLong = "content/deep/er/" + new string('x', 300) + ".md";

        var result = NewFiles.Write(Site, [File_("content/a.md"), File_("content/deep/b.md"), File_("content/existing.md"), File_(tooLong)]);

        result.Problems.ShouldHaveSingleItem().ShouldStartWith($"'{tooLong}': ");
        result.Created.ShouldBeEmpty();
        FileTree.Snapshot(sandbox).ShouldBe(before);
    }

    [Fact]
    public void A_missing_root_is_created_and_a_file_above_it_is_reported()
    {
        var result = NewFiles.Write(Path.Combine(Site, "new/blog"), [File_("site.yml", "x")]);
        result.Created.ShouldBe(["site.yml"]);
        File.ReadAllText(Path.Combine(Site, "new/blog/site.yml")).ShouldBe("x");

        File.WriteAllText(Path.Combine(Site, "a-file"), "");
        NewFiles.Write(Path.Combine(Site, "a-file/sub"), [File_("site.yml")]).Problems
            .ShouldBe([$"'{Path.Combine(Site, "a-file")}' is a file, not a folder"]);
        Directory.Exists(Path.Combine(Site, "a-file")).ShouldBeFalse();
    }
}
