using Generator.Cli;
using Generator.Tests.Support;

namespace Generator.Tests.Cli;

public sealed class SiteRootTests : IDisposable
{
    private readonly FixtureSite site = new();

    public void Dispose() => site.Dispose();

    [Fact]
    public void The_nearest_folder_with_site_yml_from_the_current_folder_up_is_the_site()
    {
        site.Write("content/posts/nested/site.yml.txt", "not a site file");
        SiteRoot.Find(site.PathOf("content/posts/nested")).ShouldBe(site.Root);
        SiteRoot.Find(site.Root).ShouldBe(site.Root);

        site.Write("content/inner/site.yml", "title: inner");
        SiteRoot.Find(site.PathOf("content/inner")).ShouldBe(site.PathOf("content/inner"));
    }

    [Fact]
    public void Source_when_given_wins_and_is_relative_to_the_working_folder() =>
        SiteRoot.Resolve("..", site.PathOf("content")).ShouldBe(site.Root);

    [Fact]
    public void Build_started_in_content_posts_builds_the_site_above_it()
    {
        var run = CliRun.In(site.PathOf("content/posts"), "build");
        run.ExitCode.ShouldBe(0, run.All);
        File.Exists(site.PathOf("_site/posts/first/index.html")).ShouldBeTrue();
        Directory.Exists(site.PathOf("content/posts/_site")).ShouldBeFalse();
    }

    [Fact]
    public void New_post_started_in_a_subfolder_writes_into_the_sites_content_posts()
    {
        var run = CliRun.In(site.PathOf("content/glossary"), "new", "post", "From below");
        run.ExitCode.ShouldBe(0, run.All);
        File.Exists(site.PathOf("content/posts/2026-05-04-from-below.md")).ShouldBeTrue();
    }

    [Fact]
    public void Check_started_in_a_subfolder_checks_the_site() =>
        CliRun.In(site.PathOf("content/posts"), "check").Out.ShouldContain("no problems found");
}
