using Generator.Cli;
using Generator.Tests.Support;

namespace Generator.Tests.Cli;

public sealed class NewCommandTests : IDisposable
{
    private readonly FixtureSite site = new();

    public void Dispose() => site.Dispose();

    [Fact]
    public void New_post_writes_a_dated_draft_that_builds_as_it_is()
    {
        var run = CliRun.Of("new", "post", "Kimi K2.6: open weights, \"agents\" & more", "--tags", "Agents, Open weights",
            "--category", "models", "--source", site.Root);

        run.ExitCode.ShouldBe(0, run.All);
        const string path = "content/posts/2026-05-04-kimi-k2-6-open-weights-agents-more.md";
        run.Out.ShouldContain($"Created {path}");
        var text = site.Read(path);
        text.ShouldContain("title: \"Kimi K2.6: open weights, \\\"agents\\\" & more\"");
        text.ShouldContain("author: ada"); // the first author in site.yml
        text.ShouldContain("tags: [\"Agents\", \"Open weights\"]");
        text.ShouldContain("draft: true");

        var build = SiteBuild.InMemory(site.BuildOptions(drafts: true));
        build.Succeeded.ShouldBeTrue(string.Join("\n", build.Diagnostics));
        build.Diagnostics.ShouldBeEmpty();
        build.Files.Single(f => f.Path == "posts/kimi-k2-6-open-weights-agents-more/index.html").Content
            .ShouldContain("Kimi K2.6: open weights, &quot;agents&quot; &amp; more");
        SiteBuild.InMemory(site.BuildOptions()).Succeeded.ShouldBeTrue();
    }

    [Fact]
    public void New_post_with_a_very_long_title_gets_a_short_slug_and_builds()
    {
        var title = string.Join(" ", Enumerable.Repeat("Amazon doubles down on Anthropic", 10)); // 329 characters
        var run = CliRun.Of("new", "post", title, "--source", site.Root);
        run.ExitCode.ShouldBe(0, run.All);
        var created = Directory.GetFiles(Path.Combine(site.Root, "content/posts"), "2026-05-04-amazon-*.md").ShouldHaveSingleItem();
        var slug = Path.GetFileNameWithoutExtension(created)["2026-05-04-".Length..];
        slug.Length.ShouldBeLessThanOrEqualTo(80);
        slug.ShouldNotEndWith("-");
        var build = SiteBuild.InMemory(site.BuildOptions(drafts: true));
        build.Succeeded.ShouldBeTrue(string.Join("\n", build.Diagnostics));
        build.Files.ShouldContain(f => f.Path == $"posts/{slug}/index.html");
    }

    [Fact]
    public void New_post_refuses_a_title_over_the_limit_a_build_would_refuse()
    {
        var run = CliRun.Of("new", "post", new string('x', 1_001), "--source", site.Root);
        run.ExitCode.ShouldBe(2, run.All);
        run.All.ShouldContain("the title is 1,001 characters long; the limit is 1,000");
    }

    [Fact]
    public void New_post_refuses_a_tag_too_long_for_a_file_name()
    {
        var run = CliRun.Of("new", "post", "Short", "--tags", new string('x', 300), "--source", site.Root);
        run.ExitCode.ShouldBe(2, run.All);
        run.All.ShouldContain("the limit is 200");
    }

    [Fact]
    public void New_post_refuses_to_overwrite_an_existing_file()
    {
        CliRun.Of("new", "post", "Same day", "--source", site.Root).ExitCode.ShouldBe(0);
        site.Write("content/posts/2026-05-04-same-day.md", "mine");

        var again = CliRun.Of("new", "post", "Same day", "--source", site.Root);

        again.ExitCode.ShouldBe(ExitCodes.ContentErrors);
        again.Error.ShouldContain("content/posts/2026-05-04-same-day.md already exists");
        site.Read("content/posts/2026-05-04-same-day.md").ShouldBe("mine");
    }

    [Fact]
    public void New_post_refuses_a_slug_another_post_already_has()
    {
        var run = CliRun.Of("new", "post", "Second", "--source", site.Root);
        run.ExitCode.ShouldBe(ExitCodes.ContentErrors);
        run.Error.ShouldContain("content/posts/2026-01-02-second.md already has the slug 'second'");
    }

    [Theory]
    [InlineData("--category", "modles", "unknown category 'modles' (did you mean 'models'?)")]
    [InlineData("--author", "adda", "unknown author 'adda' (did you mean 'ada'?)")]
    [InlineData("--category", "pol", "unknown category 'pol' (did you mean 'policy'?)")]
    public void New_post_checks_ids_against_site_yml_with_did_you_mean(string option, string value, string message)
    {
        var run = CliRun.Of("new", "post", "A title", option, value, "--source", site.Root);
        run.ExitCode.ShouldBe(ExitCodes.Usage);
        run.Error.ShouldContain(message);
        Directory.GetFiles(site.PathOf("content/posts")).Length.ShouldBe(3);
    }

    [Fact]
    public void New_post_reports_every_bad_option_at_once()
    {
        var run = CliRun.Of("new", "post", "?!", "--tags", "Chips,+++", "--category", "modles", "--author", "adda", "--source", site.Root);
        run.ExitCode.ShouldBe(ExitCodes.Usage);
        run.Error.ShouldBe(string.Join("\n",
            "error: the title '?!' has no letters or digits to make a URL from",
            "error: unknown author 'adda' (did you mean 'ada'?); authors in site.yml: ada, bo",
            "error: unknown category 'modles' (did you mean 'models'?); categories in site.yml: models, policy",
            "error: tag '+++' has no letters or digits, so it cannot have a page",
            ""));
        Directory.GetFiles(site.PathOf("content/posts")).Length.ShouldBe(3);
    }

    [Fact]
    public void New_post_uses_the_existing_spelling_of_a_tag()
    {
        var run = CliRun.Of("new", "post", "More chips", "--tags", "chips", "--author", "bo", "--source", site.Root);
        run.Out.ShouldContain("tag 'chips' is written 'Chips' in other posts");
        var text = site.Read("content/posts/2026-05-04-more-chips.md");
        text.ShouldContain("tags: [\"Chips\"]");
        text.ShouldContain("author: bo");
        SiteBuild.InMemory(site.BuildOptions(drafts: true)).Succeeded.ShouldBeTrue();
    }

    [Fact]
    public void New_term_writes_a_glossary_entry_that_builds()
    {
        var run = CliRun.Of("new", "term", "open-weight model", "--source", site.Root);

        run.ExitCode.ShouldBe(0, run.All);
        run.Out.ShouldContain("Created content/glossary/open-weight-model.md");
        site.Read("content/glossary/open-weight-model.md").ShouldStartWith("---\nterm: \"open-weight model\"\n");
        var build = SiteBuild.InMemory(site.BuildOptions());
        build.Succeeded.ShouldBeTrue(string.Join("\n", build.Diagnostics));
        build.Diagnostics.ShouldBeEmpty();
        build.Files.ShouldContain(f => f.Path == "glossary/open-weight-model/index.html");
    }

    [Fact]
    public void New_term_refuses_a_term_or_alias_that_exists()
    {
        var run = CliRun.Of("new", "term", "gpus", "--source", site.Root);
        run.ExitCode.ShouldBe(ExitCodes.ContentErrors);
        run.Error.ShouldContain("content/glossary/gpu.md already defines 'gpus'");
    }

    [Fact]
    public void New_post_where_content_posts_is_a_file_is_one_error_line_and_writes_nothing()
    {
        Directory.Delete(site.PathOf("content/posts"), recursive: true);
        site.Write("content/posts", "not a folder");
        var before = FileTree.Snapshot(site.Root);

        var run = CliRun.Of("new", "post", "Hello there", "--source", site.Root);

        run.ExitCode.ShouldBe(ExitCodes.ContentErrors);
        run.Out.ShouldBeEmpty();
        run.Error.ShouldBe("error: cannot create content/posts/2026-05-04-hello-there.md: 'content/posts' is a file, not a folder; nothing was written\n");
        FileTree.Snapshot(site.Root).ShouldBe(before);
    }

    [Fact]
    public void New_term_where_content_glossary_is_a_dangling_link_is_one_error_line_and_writes_nothing()
    {
        Directory.Delete(site.PathOf("content/glossary"), recursive: true);
        File.CreateSymbolicLink(site.PathOf("content/glossary"), "../gone");
        var before = FileTree.Snapshot(site.Root);

        var run = CliRun.Of("new", "term", "mixture of experts", "--source", site.Root);

        run.ExitCode.ShouldBe(ExitCodes.ContentErrors);
        run.Out.ShouldBeEmpty();
        run.Error.ShouldBe("error: cannot create content/glossary/mixture-of-experts.md: 'content/glossary' is a link to '../gone', which does not exist; nothing was written\n");
        FileTree.Snapshot(site.Root).ShouldBe(before);
    }

    [Fact]
    public void New_term_refuses_to_write_through_a_link_out_of_the_site()
    {
        var outside = Directory.CreateTempSubdirectory("newsgen-outside-").FullName;
        try
        {
            Directory.Delete(site.PathOf("content/glossary"), recursive: true);
            Directory.CreateSymbolicLink(site.PathOf("content/glossary"), outside);

            var run = CliRun.Of("new", "term", "mixture of experts", "--source", site.Root);

            run.ExitCode.ShouldBe(ExitCodes.ContentErrors);
            run.Error.ShouldBe($"error: cannot create content/glossary/mixture-of-experts.md: 'content/glossary' is a link to '{outside}', outside the site, "
                + "which the build does not read; make it a folder of the site; nothing was written\n");
            Directory.GetFileSystemEntries(outside).ShouldBeEmpty();
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }
}
