using Generator.Content;
using Generator.Markdown;

namespace Generator.Site;

/// <summary>
/// Groups posts by tag. Tags with one slug are one tag: spellings that differ only in capitals ("Kimi k2.6" and
/// "Kimi K2.6") are merged under the earliest post's spelling, with a warning at the newer post's tag, and every post
/// is given that spelling so all pages show it. Tags that differ in more than capitals ("Kimi K2 6") are an error.
/// </summary>
internal static class TagGroups
{
    /// <summary>The posts (newest first, tags respelt where needed) and their tags, by name.</summary>
    public static (List<RenderedArticle> Posts, List<TagGroup> Tags) Group(List<RenderedArticle> newestFirst, DiagnosticBag diagnostics)
    {
        var spellings = Spellings(newestFirst, diagnostics);
        var posts = newestFirst.Select(p => Respell(p, spellings)).ToList();
        var bySlug = new Dictionary<string, List<RenderedArticle>>(StringComparer.Ordinal);
        foreach (var post in posts)
            foreach (var tag in post.Article.Tags.Distinct(StringComparer.Ordinal))
                if (spellings.TryGetValue(Slug.From(tag), out var first) && first.Name == tag)
                    (bySlug.TryGetValue(first.Name, out var list) ? list : bySlug[first.Name] = []).Add(post);
        var tags = spellings.Values.Where(s => bySlug.ContainsKey(s.Name))
            .Select(s => new TagGroup(s.Name, Slug.From(s.Name), bySlug[s.Name]))
            .OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase).ToList();
        return (posts, tags);
    }

    /// <summary>The first spelling of each tag slug, reading posts from the earliest; reports every other spelling.</summary>
    private static Dictionary<string, (string Name, string Path)> Spellings(List<RenderedArticle> newestFirst, DiagnosticBag diagnostics)
    {
        var first = new Dictionary<string, (string Name, string Path)>(StringComparer.Ordinal);
        foreach (var article in Enumerable.Reverse(newestFirst).Select(p => p.Article))
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < article.Tags.Count; i++)
            {
                var tag = article.Tags[i];
                if (!seen.Add(tag)) continue;
                var slug = Slug.From(tag);
                if (slug.Length == 0)
                    diagnostics.Error(article.TagLocation(i), DiagnosticCodes.InvalidSlug, $"tag '{tag}' has no letters or digits, so it cannot have a page");
                else if (!first.TryGetValue(slug, out var known))
                    first[slug] = (tag, article.SourcePath);
                else if (string.Equals(known.Name, tag, StringComparison.OrdinalIgnoreCase) && known.Name != tag)
                    diagnostics.Warning(article.TagLocation(i), DiagnosticCodes.TagSpelling,
                        $"tag '{tag}' is written '{known.Name}' in {known.Path}, the earliest post with it; using '{known.Name}' (spell it the same way)");
                else if (known.Name != tag)
                    diagnostics.Error(article.TagLocation(i), DiagnosticCodes.TagSlugCollision,
                        $"tag '{tag}' has the same URL slug '{slug}' as tag '{known.Name}' in {known.Path}; spell them the same way");
            }
        }
        return first;
    }

    private static RenderedArticle Respell(RenderedArticle post, Dictionary<string, (string Name, string Path)> spellings)
    {
        var tags = post.Article.Tags
            .Select(t => spellings.TryGetValue(Slug.From(t), out var s) && string.Equals(s.Name, t, StringComparison.OrdinalIgnoreCase) ? s.Name : t)
            .Distinct(StringComparer.Ordinal).ToList();
        return tags.SequenceEqual(post.Article.Tags, StringComparer.Ordinal) ? post : post with { Article = post.Article with { Tags = tags } };
    }
}
