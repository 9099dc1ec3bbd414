using Generator.Markdown;
using Generator.Site;

namespace Generator.Serve;

/// <summary>A post whose body was edited: its place in the list of posts, its record in the last site model, and the
/// record that replaces it.</summary>
internal sealed record PostEdit(int Index, RenderedArticle Before, RenderedArticle After)
{
    /// <summary>The glossary terms the edit started or stopped linking: their pages list the post, or no longer do.</summary>
    public IEnumerable<string> RelinkedTermSlugs =>
        Before.LinkedTermSlugs.Except(After.LinkedTermSlugs).Concat(After.LinkedTermSlugs.Except(Before.LinkedTermSlugs));
}

/// <summary>
/// The site model after edits to posts' bodies only, made from the last one without assembling the site again.
/// Front matter decides everything <see cref="SiteAssembler"/> computes except glossary backlinks (order, tags,
/// categories, authors, related reading, pagination), so each list keeps its shape and the edited posts' records
/// are swapped in; a term's backlinks are recomputed, as the assembler does, only where an edit linked or unlinked it.
/// </summary>
internal static class EditedModel
{
    /// <param name="relatedBy">For each post (by place), the posts whose related reading (or "Also read") shows it.</param>
    public static SiteModel Of(SiteModel site, IReadOnlyList<PostEdit> edits, IReadOnlyList<int[]> relatedBy, DateTimeOffset now)
    {
        // Lists are scanned with a reference compare per entry (no hashing, no record read): the model's own lists,
        // not assumptions about them, decide where a post is.
        IReadOnlyList<RenderedArticle> Swap(IReadOnlyList<RenderedArticle> list)
        {
            List<RenderedArticle>? swapped = null;
            for (var i = 0; i < list.Count; i++)
            {
                var post = list[i];
                for (var e = 0; e < edits.Count; e++)
                    if (ReferenceEquals(post, edits[e].Before)) (swapped ??= [.. list])[i] = edits[e].After;
            }
            return swapped ?? list;
        }

        var posts = Swap(site.Posts);
        var tags = site.Tags.Select(t => t with { Posts = Swap(t.Posts) }).ToList();
        var categories = site.Categories.Select(c => c with { Posts = Swap(c.Posts) }).ToList();
        var authors = site.Authors.Select(a => a with { Posts = Swap(a.Posts) }).ToList();
        var related = DictionaryCopy.Of(site.Related);
        var alsoRead = DictionaryCopy.Of(site.AlsoRead);
        foreach (var slug in edits.SelectMany(e => relatedBy[e.Index]).Select(i => site.Posts[i].Slug))
        {
            if (related.TryGetValue(slug, out var list)) related[slug] = Swap(list);
            if (alsoRead.TryGetValue(slug, out var picked)) alsoRead[slug] = Swap(picked);
        }
        var relinked = edits.SelectMany(e => e.RelinkedTermSlugs).ToHashSet(StringComparer.Ordinal);
        var terms = site.Terms.Select(t => relinked.Contains(t.Term.Slug)
            ? t with { Backlinks = posts.Where(p => p.LinkedTermSlugs.Contains(t.Term.Slug)).ToList() } // as SiteAssembler does
            : t with { Backlinks = Swap(t.Backlinks) }).ToList();

        // A new record, not `with`: the model's lookups (TermsBySlug and the others) are made in its constructor.
        // Every init-only property of SiteModel is carried over here; one added to SiteModel must be added here too.
        return new SiteModel(site.Config, site.Urls, posts, tags, categories, authors, terms, site.Pages)
        {
            StaticFiles = site.StaticFiles,
            Related = related,
            AlsoRead = alsoRead,
            Now = now,
            Language = site.Language,
            Translations = site.Translations,
            OtherLanguages = site.OtherLanguages,
        };
    }

    /// <summary>Where <paramref name="post"/> is in <paramref name="list"/>, by reference (-1 if absent): records of two
    /// posts can be equal, the model's objects cannot.</summary>
    public static int PlaceOf(IReadOnlyList<RenderedArticle> list, RenderedArticle post)
    {
        for (var i = 0; i < list.Count; i++)
            if (ReferenceEquals(list[i], post)) return i;
        return -1;
    }

    /// <summary>The edited post as the model holds it: its front matter record as the assembler left it (tags respelt),
    /// with the new body, HTML and glossary links.</summary>
    public static RenderedArticle Replace(RenderedArticle before, RenderedArticle converted) =>
        before with
        {
            Article = before.Article with { Body = converted.Article.Body },
            Content = converted.Content,
            LinkedTermSlugs = converted.LinkedTermSlugs,
        };
}
