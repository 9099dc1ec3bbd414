using Generator.Markdown;
using Generator.Site;

namespace Generator.Rendering;

/// <summary>Some of a site's pages (serve's fast path): their URLs, and which posts, by place in the site's list of
/// posts (newest first), have their page among them, so that the other posts are not even looked at.</summary>
/// <param name="Leads">The lead story of lists that have one (the home and category lists), where already known,
/// by the list; the others are found with <see cref="LeadStory"/>, which reads every post up to the lead.</param>
internal sealed record PageSelection(IReadOnlySet<string> Urls, IReadOnlyCollection<int> Posts,
    IReadOnlyDictionary<IReadOnlyList<RenderedArticle>, RenderedArticle>? Leads = null);

/// <summary>Lists every page of the site with its template and model: the site's page inventory in one place.</summary>
internal sealed class PageJobs(SiteModel site, ViewFactory views)
{
    private SiteUrls Urls => site.Urls;

    private InterfaceStrings.LanguageStrings Strings => views.Strings;

    private Func<string, bool> wanted = _ => true;
    private PageSelection? selection;

    /// <summary>Every page of this language; on a site of several languages, see <see cref="RenderInputs.Jobs"/>.</summary>
    /// <param name="only">Only these pages (serve's fast path); the others' models are not even made.</param>
    public List<PageJob> All(PageSelection? only = null)
    {
        selection = only;
        wanted = only is null ? _ => true : only.Urls.Contains;
        var jobs = new List<PageJob>();
        views.Reads = new Record.ReadLog();
        AddPages(jobs);
        views.Reads = null;
        // The job knows its language, so the theme's t and rel_lang_url speak it.
        return jobs.Select(j => j with { Language = site.Language.Code, LanguagePath = Urls.LanguagePath }).ToList();
    }

    private void AddPages(List<PageJob> jobs)
    {
        AddList(jobs, site.Posts, site.Config.Title, null, Urls.HomePage, "home", "home", [], lead: HasLead(site.Posts));
        AddPosts(jobs);
        if (wanted(Urls.TagIndex))
            Add(jobs, new PageJob(Urls.TagIndex, "tags",
                new TagIndexModel(views.Site, site.Tags.Select(t => new TagCountView(t.Name, Urls.Tag(t.Slug), t.Posts.Count)).ToList()),
                views.Meta(Strings.Get("tags"), Strings.Get("tags_description", site.Config.Title), Urls.TagIndex, "tags")
                    with { JsonLd = StructuredData.Breadcrumbs(site, (Strings.Get("tags"), Urls.TagIndex)) }));
        foreach (var tag in site.Tags)
            AddList(jobs, tag.Posts, tag.Name, Strings.Get("tagged", tag.Name), n => Urls.ListPage(Urls.Tag(tag.Slug), n), "tag", "tag",
                [(Strings.Get("tags"), Urls.TagIndex), (tag.Name, Urls.Tag(tag.Slug))], follow: new FollowView("tag:" + tag.Slug, tag.Name),
                sections: [Urls.TagIndex]);
        foreach (var group in site.Categories)
            AddList(jobs, group.Posts, group.Category.Name, group.Category.Description,
                n => Urls.ListPage(Urls.Category(group.Category.Id), n), "category", "category",
                [(group.Category.Name, Urls.Category(group.Category.Id))], lead: HasLead(group.Posts),
                follow: new FollowView("category:" + group.Category.Id, group.Category.Name));
        foreach (var group in site.Authors)
            AddList(jobs, group.Posts, group.Author.Name, group.Author.Bio, n => Urls.ListPage(Urls.Author(group.Author.Id), n), "author", "author",
                [(group.Author.Name, Urls.Author(group.Author.Id))], avatar: views.Avatar(group.Author));
        AddGlossary(jobs);
        foreach (var page in site.Pages)
        {
            var url = Urls.Page(page.Page.Slug);
            if (!wanted(url)) continue;
            views.Reads?.Add(page.Page.SourcePath, own: true, string.Join('\0', page.Page.Title, page.Page.Description, page.Content.Html));
            Add(jobs, new PageJob(url, "page", new PageModel(views.Site, page.Page.Title, new HtmlString(page.Content), page.Page.Params),
                    views.Meta(page.Page.Title, page.Page.Description, url, "page")));
        }
        if (wanted(Urls.Search))
            Add(jobs, new PageJob(Urls.Search, "search", new SearchModel(views.Site, Urls.Search, Urls.SearchIndex,
                    site.Posts.Select(p => new LinkView(p.Article.Title, Urls.Post(p.Slug))).ToList()),
                views.Meta(Strings.Get("search"), Strings.Get("search_description", site.Config.Title), Urls.Search, "search")));
        // A 404 page per language, as Hugo writes them: GitHub Pages serves /404.html (the default language's) for every
        // missing URL; hosts that serve a folder's own 404.html show /zh/404.html under /zh/.
        if (wanted(Urls.NotFound))
            Add(jobs, new PageJob(Urls.NotFound, "404", new NotFoundModel(views.Site, Urls.Home),
                views.Meta(Strings.Get("not_found_title"), null, Urls.NotFound, "404")));
    }

    private void AddList(List<PageJob> jobs, IReadOnlyList<RenderedArticle> posts, string heading, string? intro,
        Func<int, string> urlOf, string template, string kind, (string Name, string Url)[] trail, bool lead = false,
        FollowView? follow = null, IReadOnlyList<string>? sections = null, ImageView? avatar = null)
    {
        // serve's fast path wants a few pages: lists without one are not even paginated.
        if (!Enumerable.Range(1, Paginator.PageCount(posts.Count, site.Config.PostsPerPage)).Any(n => wanted(urlOf(n)))) return;
        foreach (var slice in Paginator.Paginate(posts, site.Config.PostsPerPage))
        {
            var url = urlOf(slice.Number);
            if (!wanted(url)) continue;
            var pagination = PaginationOf(slice, urlOf);
            var leadStory = lead && slice.Number == 1 ? LeadOf(posts) : null; // shown, and left out of the list, on page 1
            var first = leadStory is not null;
            var items = first ? slice.Items.Where(p => p != leadStory) : slice.Items;
            var model = new ListModel(views.Site, heading, intro, items.Select(views.Summary).ToList(), pagination)
            {
                Lead = first ? views.Summary(leadStory!) : null,
                Follow = follow,
                Avatar = avatar,
            };
            var title = slice.Number == 1 ? heading : Strings.Get("page_n", heading, slice.Number);
            // Each page of a list needs its own <title>; the first home page is the site itself.
            var metaTitle = kind != "home" ? title : slice.Number == 1 ? site.Config.Title : Strings.Get("latest_news_page", slice.Number);
            var feed = kind is "tag" or "category" && posts.Count > 0 ? views.ListFeed(heading, urlOf(1)) : null;
            // A later page of a list is translated where its first page is (the language switch goes there).
            var meta = views.Meta(metaTitle, intro, url, kind, feed, [urlOf(1), .. sections ?? []]);
            if (trail.Length > 0) meta = meta with { JsonLd = StructuredData.Breadcrumbs(site, trail) };
            else if (kind == "home" && slice.Number == 1) meta = meta with { JsonLd = StructuredData.Home(site) };
            Add(jobs, new PageJob(url, template, model, meta));
        }
    }

    /// <summary>Adds a page with the content files its views read (every view made since the previous page's).</summary>
    private void Add(List<PageJob> jobs, PageJob job) => jobs.Add(job with { Reads = views.Reads?.Take() ?? [] });

    /// <summary>The lists whose first page shows a lead story (the home list and each category's), by a key serve's fast
    /// path remembers their lead under ("" for the home list, else the category's id).</summary>
    public static IEnumerable<(string Key, IReadOnlyList<RenderedArticle> Posts)> ListsWithLead(SiteModel site) =>
        site.Categories.Select(c => (c.Category.Id, c.Posts)).Prepend(("", site.Posts));

    private bool HasLead(IReadOnlyList<RenderedArticle> posts) => ListsWithLead(site).Any(l => ReferenceEquals(l.Posts, posts));

    private static PaginationView PaginationOf<T>(PageSlice<T> slice, Func<int, string> urlOf) =>
        new(slice.Number, slice.TotalPages, slice.HasPrevious ? urlOf(slice.Number - 1) : null, slice.HasNext ? urlOf(slice.Number + 1) : null);

    private RenderedArticle? LeadOf(IReadOnlyList<RenderedArticle> posts) =>
        selection?.Leads is { } known && known.TryGetValue(posts, out var lead) ? lead : LeadStory.Of(posts);

    private void AddPosts(List<PageJob> jobs)
    {
        foreach (var i in selection?.Posts ?? Enumerable.Range(0, site.Posts.Count))
        {
            var post = site.Posts[i];
            var url = Urls.Post(post.Slug);
            if (!wanted(url)) continue;
            var newer = i > 0 ? site.Posts[i - 1] : null;
            var older = i + 1 < site.Posts.Count ? site.Posts[i + 1] : null;
            var view = views.Post(post, newer, older);
            var social = SocialCards.ImageOf(site, post.Article,
                view.Image is { } image ? new SocialImage(site.Urls.Absolute(image.Src), image.Alt, image.Width, image.Height) : null);
            var section = post.Article.CategoryId is { } category && site.CategoriesById.ContainsKey(category) ? Urls.Category(category) : Urls.Home;
            var meta = views.Meta(post.Article.Title, post.Article.Summary, url, "post", sections: [section]) with
            {
                ImageUrl = social?.Url,
                ImageAlt = social?.Alt,
                ImageWidth = social?.Width,
                ImageHeight = social?.Height,
                Published = view.Date,
                Modified = view.Updated,
                JsonLd = StructuredData.Post(site, post, view.Card, social),
            };
            Add(jobs, new PageJob(url, "post", new PostModel(views.Site, view, Urls.Home), meta));
        }
    }

    private void AddGlossary(List<PageJob> jobs)
    {
        if (wanted(Urls.GlossaryIndex)) AddGlossaryIndex(jobs);
        foreach (var entry in site.Terms) AddTerm(jobs, entry);
    }

    /// <summary>A term's page, its backlinks paginated as lists are: page 1 holds the definition, the later pages
    /// (<c>glossary/x/page/2/</c>) only the term's heading and more of the articles that explain it.</summary>
    private void AddTerm(List<PageJob> jobs, TermEntry entry)
    {
        var first = Urls.Term(entry.Term.Slug);
        string UrlOf(int n) => Urls.ListPage(first, n);
        var perPage = site.Config.PostsPerPage;
        if (!Enumerable.Range(1, Paginator.PageCount(entry.Backlinks.Count, perPage)).Any(n => wanted(UrlOf(n)))) return;
        foreach (var slice in Paginator.Paginate(entry.Backlinks, perPage))
        {
            var url = UrlOf(slice.Number);
            if (!wanted(url)) continue;
            views.Reads?.Add(entry.Term.SourcePath, own: true, string.Join('\0', entry.Term.Term, entry.Term.Short, entry.Rendered.Content.Html));
            var model = new TermModel(views.Site, entry.Term.Term, entry.Term.Short, new HtmlString(entry.Rendered.Content),
                entry.Term.Aliases, slice.Items.Select(views.Summary).ToList(), Urls.GlossaryIndex, entry.Term.Params, PaginationOf(slice, UrlOf));
            var title = slice.Number == 1 ? entry.Term.Term : Strings.Get("page_n", entry.Term.Term, slice.Number);
            // A later page is translated where its first page is, as a list's is.
            Add(jobs, new PageJob(url, "term", model, views.Meta(title, entry.Term.Short, url, "term", sections: [first, Urls.GlossaryIndex])
                with { JsonLd = StructuredData.Breadcrumbs(site, (Strings.Get("glossary"), Urls.GlossaryIndex), (entry.Term.Term, first)) }));
        }
    }

    private void AddGlossaryIndex(List<PageJob> jobs)
    {
        var letters = site.Terms
            .Select(views.TermSummary)
            .GroupBy(t => LetterOf(t.Term))
            .OrderBy(g => g.Key == "#" ? "\uffff" : g.Key, StringComparer.Ordinal)
            .Select(g => new LetterGroupView(g.Key, g.Key == "#" ? "letter-other" : "letter-" + g.Key.ToLowerInvariant(), g.ToList()))
            .ToList();
        Add(jobs, new PageJob(Urls.GlossaryIndex, "glossary", new GlossaryIndexModel(views.Site, letters),
            views.Meta(Strings.Get("glossary"), Strings.Get("glossary_description", site.Config.Title), Urls.GlossaryIndex, "glossary")
                with { JsonLd = StructuredData.Breadcrumbs(site, (Strings.Get("glossary"), Urls.GlossaryIndex)) }));
    }

    private static string LetterOf(string term)
    {
        var first = term.Length > 0 ? char.ToUpperInvariant(term[0]) : '#';
        return first is >= 'A' and <= 'Z' ? first.ToString() : "#";
    }
}
