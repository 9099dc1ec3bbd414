using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Generator.Rendering;
using Generator.Site;

namespace Generator.Serve;

/// <summary>
/// The pages that can show a difference after posts' bodies were edited (front matter unchanged), found from the
/// site model instead of by comparing every page's inputs. A body reaches other pages only through the post's card
/// (reading time and word count: home, tag, category and author lists, related reading on other posts, a glossary
/// term's backlinks) and its glossary links (which term pages list it); titles, dates, tags and the order of posts
/// come from front matter. So: the post's own page; the term pages it started or stopped linking; and, when its card
/// changed, every page that shows the card. Mirrors <see cref="PageJobs"/>: lists are paginated by
/// <see cref="Paginator"/>, and the home and category lists show a lead story on their first page.
/// </summary>
internal static class AffectedPages
{
    /// <param name="site">The model after the edits (<see cref="EditedModel"/>).</param>
    /// <param name="relatedBy">For each post (by place), the posts whose related reading shows it.</param>
    /// <param name="leads">The lead story of the home and category lists, by list.</param>
    /// <param name="cardChanged">Whether an edit changed the post's card.</param>
    public static PageSelection Of(SiteModel site, IReadOnlyList<PostEdit> edits, IReadOnlyList<int[]> relatedBy,
        IReadOnlyDictionary<IReadOnlyList<RenderedArticle>, RenderedArticle> leads, Func<PostEdit, bool> cardChanged)
    {
        var urls = site.Urls;
        var pages = new HashSet<string>(StringComparer.Ordinal);
        var posts = new SortedSet<int>();
        void AddPost(int index)
        {
            posts.Add(index);
            pages.Add(urls.Post(site.Posts[index].Slug));
        }
        foreach (var edit in edits)
        {
            var post = edit.After;
            AddPost(edit.Index);
            // Every page of a term the edit linked or unlinked: its backlinks moved up or down by one post.
            foreach (var slug in edit.RelinkedTermSlugs)
                if (site.TermsBySlug.TryGetValue(slug, out var relinked))
                    for (var n = 1; n <= Paginator.PageCount(relinked.Backlinks.Count, site.Config.PostsPerPage); n++)
                        pages.Add(urls.ListPage(urls.Term(slug), n));
            if (!cardChanged(edit)) continue;

            AddListPages(pages, site, site.Posts, urls.Home, post, leads);
            foreach (var tag in site.Tags) AddListPages(pages, site, tag.Posts, urls.Tag(tag.Slug), post, leads);
            foreach (var group in site.Categories) AddListPages(pages, site, group.Posts, urls.Category(group.Category.Id), post, leads);
            foreach (var group in site.Authors) AddListPages(pages, site, group.Posts, urls.Author(group.Author.Id), post, leads);
            foreach (var index in relatedBy[edit.Index]) AddPost(index);
            foreach (var term in site.Terms)
                if (EditedModel.PlaceOf(term.Backlinks, post) is var place and >= 0)
                    pages.Add(urls.ListPage(urls.Term(term.Term.Slug), place / site.Config.PostsPerPage + 1));
        }
        return new PageSelection(pages, posts, leads);
    }

    /// <summary>Whether an edit changed what list pages show of a post: its card, as templates see it.</summary>
    public static bool CardChanged(PostSummaryView before, PostSummaryView after) =>
        JsonSerializer.Serialize(before, CardJson) != JsonSerializer.Serialize(after, CardJson);

    private static readonly JsonTypeInfo<PostSummaryView> CardJson =
        (JsonTypeInfo<PostSummaryView>)ServeJson.Fingerprints.GetTypeInfo(typeof(PostSummaryView));

    /// <summary>The page of a paginated list that shows <paramref name="post"/>, and the first page if it leads the list.</summary>
    private static void AddListPages(HashSet<string> pages, SiteModel site, IReadOnlyList<RenderedArticle> list, string firstPage,
        RenderedArticle post, IReadOnlyDictionary<IReadOnlyList<RenderedArticle>, RenderedArticle> leads)
    {
        var index = EditedModel.PlaceOf(list, post);
        if (index < 0) return;
        pages.Add(site.Urls.ListPage(firstPage, index / site.Config.PostsPerPage + 1));
        if (leads.TryGetValue(list, out var lead) && ReferenceEquals(lead, post)) pages.Add(firstPage);
    }
}
