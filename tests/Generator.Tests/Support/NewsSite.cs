namespace Generator.Tests.Support;

/// <summary>
/// A site with more posts than a feed holds, for the feed, sitemap and search tests. Post n is dated 2026-03-n (n = 1…25),
/// so post 25 is the newest. Even posts are tagged "Kimi K2.6", every third post is in the tech category; post 25
/// has been updated and its body links root-relative, relative and fragment URLs and an image.
/// </summary>
internal static class NewsSite
{
    public const int PostCount = 25;

    public const string LinkingBody = """
        See [the deal](/posts/post-1/), the [GPU](/glossary/gpu/) entry and [a sibling](../post-2/).
        A footnote[^1] and an image: ![Chart](/images/chart.png)

        <img src="/images/wide.png" srcset="/images/wide.png 1x, /images/wide@2x.png 2x" alt="Wide">

        [^1]: The note.
        """;

    public static TestSite Create()
    {
        var site = new TestSite();
        for (var n = 1; n <= PostCount; n++)
        {
            var extra = new List<string>();
            if (n % 2 == 0) extra.Add("tags: [\"Kimi K2.6\"]");
            if (n % 3 == 0) extra.Add("category: tech");
            if (n == PostCount) extra.Add("updated: 2026-04-02T08:30:00+02:00");
            extra.Add($"summary: \"Summary of post {n} & more.\"");
            site.Post($"2026-03-{n:00}-post-{n}.md", $"Post {n}", date: $"2026-03-{n:00}", author: n % 2 == 0 ? "ben" : "ana",
                extra: string.Join("\n", extra), body: n == PostCount ? LinkingBody : $"Body of post {n} about open-weight models.");
        }
        site.Write("content/glossary/gpu.md", "---\nterm: GPU\nshort: \"A chip for parallel maths.\"\n---\nLong explanation.\n")
            .Write("content/pages/about.md", "---\ntitle: About\n---\nAbout text.\n");
        return site;
    }
}
