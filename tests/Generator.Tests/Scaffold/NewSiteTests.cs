using System.Text.RegularExpressions;
using Generator.Content;
using Generator.Tests.Support;

namespace Generator.Tests.Scaffold;

/// <summary><c>newsgen init</c>, run as a new user would: init a folder, then build it with the built-in theme.</summary>
public sealed partial class NewSiteTests
{
    [Fact]
    public void Init_then_build_writes_a_complete_site_with_the_built_in_theme()
    {
        using var site = new InitSite("--title", "Bits & <Bots>");
        Directory.Exists(site.PathOf("templates")).ShouldBeFalse();
        site.Init.Out.ShouldContain("Created a new blog in blog");
        site.Init.Out.ShouldContain("cd blog");

        var build = site.Run(["build"]);
        build.ExitCode.ShouldBe(0, build.All);
        build.Error.ShouldBeEmpty();
        foreach (var page in new[] { "index.html", "posts/welcome/index.html", "about/index.html", "glossary/index.html",
                     "glossary/large-language-model/index.html", "glossary/open-weight-model/index.html", "categories/spotlight/index.html",
                     "authors/editor/index.html", "tags/index.html", "search/index.html", "404.html", "feed.xml", "sitemap.xml" })
            File.Exists(Path.Combine(site.Output, page)).ShouldBeTrue(page);

        var home = File.ReadAllText(Path.Combine(site.Output, "index.html"));
        home.ShouldContain("Bits &amp; &lt;Bots&gt;");
        home.ShouldNotContain("<Bots>");
        var builtIn = File.ReadAllText(Path.Combine(RepoRoot.Path, "templates/assets/site.css"));
        home.ShouldContain($"<style data-asset=\"site.css\">{builtIn}</style>", Case.Sensitive, "the layout writes the built-in stylesheet into the page");
        var print = PrintStylesheetLink().Match(home);
        print.Success.ShouldBeTrue("the layout links the hashed print stylesheet under the base path");
        File.ReadAllBytes(Path.Combine(site.Output, "assets", print.Groups["file"].Value))
            .ShouldBe(File.ReadAllBytes(Path.Combine(RepoRoot.Path, "templates/assets/print.css")));
    }

    [Fact]
    public void The_welcome_post_shows_the_explainer_furniture_and_links_both_glossary_terms()
    {
        using var site = new InitSite();
        site.Run(["build"]).ExitCode.ShouldBe(0);
        var post = File.ReadAllText(Path.Combine(site.Output, "posts/welcome/index.html"));
        post.ShouldContain("<h2 id=\"tldr-heading\">TL;DR</h2>");
        post.ShouldContain("<aside class=\"callout callout-why-it-matters\"");
        post.ShouldContain("Where do I write a new article?"); // the FAQ
        post.ShouldContain("https://www.markdownguide.org/basic-syntax/"); // the sources
        post.ShouldContain("href=\"/blog/glossary/large-language-model/\"");
        post.ShouldContain("href=\"/blog/glossary/open-weight-model/\"");
        post.ShouldContain("href=\"/blog/about/\"");
    }

    [Fact]
    public void An_init_site_passes_check_strict_with_no_findings()
    {
        using var site = new InitSite();
        var check = site.Run(["check", "--strict"]);
        check.ExitCode.ShouldBe(0, check.All);
        check.Error.ShouldBeEmpty();
    }

    [Fact]
    public void Site_yml_explains_every_key_above_it_and_lists_the_five_categories_of_this_blog()
    {
        using var site = new InitSite("--base-url", "https://news.example.org/");
        var lines = site.Read("site.yml").Split('\n');
        foreach (var key in new[] { "title", "description", "base_url", "language", "posts_per_page", "categories", "authors", "newsletter", "menu", "params" })
        {
            var at = Array.FindIndex(lines, l => Regex.IsMatch(l, $"^(# )?{key}:"));
            at.ShouldBeGreaterThan(0, customMessage: $"site.yml has {key}");
            lines[at - 1].ShouldStartWith("#", customMessage: $"a comment explains {key}");
        }
        var config = SiteConfigReader.Read(site.Root, null, new DiagnosticBag()).ShouldNotBeNull();
        config.BaseUrl.ShouldBe(new Uri("https://news.example.org/"));
        config.Title.ShouldBe("AI News, Explained");
        config.Authors.ShouldHaveSingleItem().Id.ShouldBe("editor");
        var example = SiteConfigReader.Read(RepoRoot.Path, null, new DiagnosticBag()).ShouldNotBeNull();
        config.Categories.ShouldBe(example.Categories);
    }

    [Fact]
    public void New_post_in_an_init_site_uses_its_one_author_and_builds()
    {
        using var site = new InitSite();
        var run = site.Run(["new", "post", "Our first real story", "--category", "tech-frontline"], folder: "content/posts");
        run.ExitCode.ShouldBe(0, run.All);
        site.Read("content/posts/2026-05-04-our-first-real-story.md").ShouldContain("author: editor");
        var build = site.Run(["build", "--drafts"]);
        build.ExitCode.ShouldBe(0, build.All);
        File.Exists(Path.Combine(site.Output, "posts/our-first-real-story/index.html")).ShouldBeTrue();
    }

    [Fact]
    public void Overriding_one_partial_changes_only_what_that_partial_writes()
    {
        using var site = new InitSite();
        site.Run(["build"]).ExitCode.ShouldBe(0);
        var before = site.OutputFiles();
        const string Footer = "<footer class=\"site-footer\"><p>Made by us</p></footer>\n";
        site.Write("templates/partials/footer.sbn-html", Footer);
        site.Run(["build"]).ExitCode.ShouldBe(0);
        var after = site.OutputFiles();

        after.Keys.ShouldBe(before.Keys, ignoreOrder: true);
        var pages = 0;
        foreach (var (path, bytes) in before)
        {
            var old = System.Text.Encoding.UTF8.GetString(bytes);
            var builtInFooter = BuiltFooter().Match(old);
            if (!path.EndsWith(".html", StringComparison.Ordinal) || !builtInFooter.Success)
            {
                after[path].ShouldBe(bytes, path);
                continue;
            }
            pages++;
            System.Text.Encoding.UTF8.GetString(after[path]).ShouldBe(old.Replace(builtInFooter.Value, Footer), path);
        }
        pages.ShouldBe(before.Keys.Count(p => p.EndsWith(".html", StringComparison.Ordinal)));
    }

    [Fact]
    public void Init_writes_gitignore_and_the_github_pages_workflow_pinned_to_this_version()
    {
        using var site = new InitSite();
        site.Read(".gitignore").Split('\n').ShouldContain("_site/");
        site.Read(".gitignore").Split('\n').ShouldContain(".cache/");
        var workflow = site.Read(".github/workflows/pages.yml");
        var version = Generator.Scaffold.SiteTemplate.ToolVersion;
        workflow.ShouldContain($"uses: {Generator.Scaffold.SiteTemplate.ActionRepository}@v{version}\n        with:\n          version: \"{version}\"\n");
        workflow.ShouldContain("run: newsgen build --base-url \"${{ steps.pages.outputs.base_url }}\"");
        workflow.ShouldNotContain("%");
    }

    [Fact]
    public void Init_refuses_a_folder_that_is_not_empty_and_adds_nothing()
    {
        using var site = new InitSite();
        var again = CliRun.In(site.Parent, "init", "blog");
        again.ExitCode.ShouldBe(1);
        again.Error.ShouldContain("is not empty (it holds .github, .gitignore, content, …)");
        again.Error.ShouldContain("--force");
    }

    [Fact]
    public void Init_with_force_adds_the_missing_files_and_never_overwrites_one()
    {
        using var site = new InitSite();
        site.Write("site.yml", "title: mine\nbase_url: https://mine.example/\nauthors:\n  - id: me\n");
        File.Delete(site.PathOf("content/pages/about.md"));
        var forced = CliRun.In(site.Parent, "init", "blog", "--force");
        forced.ExitCode.ShouldBe(0, forced.All);
        forced.Out.ShouldContain("  content/pages/about.md");
        forced.Out.ShouldContain("  skipped site.yml (it exists; left as it was)");
        site.Read("site.yml").ShouldBe("title: mine\nbase_url: https://mine.example/\nauthors:\n  - id: me\n");
        File.Exists(site.PathOf("content/pages/about.md")).ShouldBeTrue();
    }

    [Fact]
    public void A_folder_holding_only_git_counts_as_empty()
    {
        var parent = Directory.CreateTempSubdirectory("newsgen-init-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(parent, ".git"));
            var run = CliRun.In(parent, "init");
            run.ExitCode.ShouldBe(0, run.All);
            File.Exists(Path.Combine(parent, "site.yml")).ShouldBeTrue();
            run.Out.ShouldNotContain("cd ");
        }
        finally
        {
            Directory.Delete(parent, recursive: true);
        }
    }

    [Theory]
    [InlineData("--base-url", "example.com/blog")]
    [InlineData("--base-url", "ftp://example.com/")]
    [InlineData("--title", " ")]
    public void Bad_options_are_usage_errors_and_create_nothing(string option, string value)
    {
        var parent = Directory.CreateTempSubdirectory("newsgen-init-").FullName;
        try
        {
            var run = CliRun.In(parent, "init", "blog", option, value);
            run.ExitCode.ShouldBe(2);
            run.Error.ShouldStartWith($"error: {option}");
            Directory.Exists(Path.Combine(parent, "blog")).ShouldBeFalse();
        }
        finally
        {
            Directory.Delete(parent, recursive: true);
        }
    }

    [Theory]
    [InlineData("a-file/sub", "a-file", "is a file, not a folder")]
    [InlineData("a-file", "a-file", "is a file, not a folder")]
    [InlineData("dangling/sub", "dangling", "is a link to 'nowhere', which does not exist")]
    public void Init_where_the_folder_or_a_parent_is_not_a_folder_is_one_error_line_and_creates_nothing(string dir, string obstacle, string problem)
    {
        var parent = Directory.CreateTempSubdirectory("newsgen-init-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(parent, "a-file"), "");
            File.CreateSymbolicLink(Path.Combine(parent, "dangling"), "nowhere");
            var before = FileTree.Snapshot(parent);

            var run = CliRun.In(parent, "init", dir);

            run.ExitCode.ShouldBe(1);
            run.Out.ShouldBeEmpty();
            run.Error.ShouldBe($"error: cannot create a blog in '{Path.Combine(parent, dir)}': '{Path.Combine(parent, obstacle)}' {problem}; nothing was written\n");
            FileTree.Snapshot(parent).ShouldBe(before);
        }
        finally
        {
            Directory.Delete(parent, recursive: true);
        }
    }

    /// <summary>/proc refuses new entries even to root: a file system that cannot be written, wherever the tests run.</summary>
    [Fact]
    public void Init_in_a_folder_the_file_system_refuses_is_one_error_line()
    {
        var run = CliRun.Of("init", "/proc/newsgen-blog");
        run.ExitCode.ShouldBe(1);
        run.Out.ShouldBeEmpty();
        run.Error.ShouldBe("error: cannot create a blog in '/proc/newsgen-blog': the file system does not allow new entries in '/proc'; nothing was written\n");
        Directory.Exists("/proc/newsgen-blog").ShouldBeFalse();
    }

    [GeneratedRegex("<link rel=\"stylesheet\" href=\"/blog/assets/(?<file>print\\.[0-9a-f]{8}\\.css)\" media=\"print\"")]
    private static partial Regex PrintStylesheetLink();

    [GeneratedRegex("<footer class=\"site-footer\">.*?</footer>\\n", RegexOptions.Singleline)]
    private static partial Regex BuiltFooter();
}
