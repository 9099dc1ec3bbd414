using Generator.Content;
using Generator.Glossary;
using Generator.Markdown;
using Generator.Site;
using static Generator.Tests.Glossary.TestGlossary;

namespace Generator.Tests.Glossary;

public class GlossaryLinkingTests
{
    private static readonly GlossaryIndex SpecIndex = Index(SpecTerms);
    private static readonly MarkdownConverter SpecConverter = Converter(SpecIndex);

    private static Article Post(string body, bool glossary = true) =>
        new("content/posts/p.md", "p", "P", DateTimeOffset.UnixEpoch, null, "ann", null, [], null, null, [], [], false, glossary, body, 5);

    [Fact]
    public void Article_reports_the_terms_it_linked_in_reading_order()
    {
        var rendered = RenderedDocuments.Article(SpecConverter, Post("An AI agent on GPUs.\n\nThen AWS, a GPU and AI."));
        rendered.LinkedTermSlugs.ShouldBe(["ai-agent", "gpu", "aws", "ai"]);
    }

    [Fact]
    public void Article_reports_links_its_author_wrote_to_term_pages()
    {
        var rendered = RenderedDocuments.Article(SpecConverter, Post("See [the chip](/glossary/gpu/#history) and AWS."));
        rendered.LinkedTermSlugs.ShouldBe(["gpu", "aws"]);
    }

    [Fact]
    public void Article_with_glossary_false_links_nothing()
    {
        var rendered = RenderedDocuments.Article(SpecConverter, Post("A GPU and an AI agent.", glossary: false));
        rendered.Content.Html.ShouldNotContain("glossary-term");
        rendered.LinkedTermSlugs.ShouldBeEmpty();
    }

    [Fact]
    public void Term_page_links_other_terms_but_never_its_own()
    {
        var gpu = Term("gpu", "GPU", "A parallel chip.", body: "A GPU serves an AI agent. GPUs are fast.");
        var rendered = RenderedDocuments.Term(SpecConverter, gpu);
        rendered.Content.Html.ShouldBe(
            "<p>A GPU serves an <a class=\"glossary-term\" href=\"/glossary/ai-agent/\" data-short=\"An AI that acts.\">AI agent</a>. GPUs are fast.</p>\n");
    }

    [Fact]
    public void Markdown_converted_without_a_session_is_not_linked() =>
        SpecConverter.Convert("A GPU.").Html.ShouldBe("<p>A GPU.</p>\n");

    [Fact]
    public void Glossary_links_carry_the_base_path_of_the_site()
    {
        var converter = new MarkdownConverter("/ai-news/", SpecIndex.Extensions(new SiteUrls(new Uri("https://example.org/ai-news/"))));
        var session = new GlossaryLinkSession();
        var html = Render(converter, "[A chip](/glossary/gpu/), then a GPU and AWS.", session);
        html.ShouldBe("<p><a href=\"/ai-news/glossary/gpu/\">A chip</a>, then a GPU and "
            + "<a class=\"glossary-term\" href=\"/ai-news/glossary/aws/\" data-short=\"Amazon's cloud.\">AWS</a>.</p>\n");
        session.LinkedTermSlugs.ShouldBe(["gpu", "aws"]);
    }

    [Fact]
    public void Articles_rendered_in_parallel_each_link_their_own_first_occurrence()
    {
        // One pipeline serves every article at once; any state shared between parses would show up here.
        var results = new RenderedArticle[400];
        Parallel.For(0, results.Length, i =>
            results[i] = RenderedDocuments.Article(SpecConverter, Post(i % 2 == 0 ? "GPU, GPU, AWS, AWS." : "AWS, GPU, AWS, GPU.")));
        for (var i = 0; i < results.Length; i++)
        {
            results[i].LinkedTermSlugs.ShouldBe(i % 2 == 0 ? ["gpu", "aws"] : ["aws", "gpu"]);
            CountOf(results[i].Content.Html, "class=\"glossary-term\"").ShouldBe(2);
        }
    }

    [Fact]
    public void Linked_words_still_count_for_reading_time()
    {
        var linked = RenderedDocuments.Article(SpecConverter, Post("An open-weight model on a GPU."));
        linked.Content.Stats.ShouldBe(SpecConverter.Convert("An open-weight model on a GPU.").Stats);
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "").Length) / part.Length;
}
