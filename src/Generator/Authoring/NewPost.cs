using System.Globalization;
using Generator.Content;

namespace Generator.Authoring;

/// <summary>What <c>new post</c> asked for; <paramref name="Date"/> (YYYY-MM-DD; default: today) dates and names the
/// file, and <paramref name="Slug"/> (default: from the title) names it and so its URL.</summary>
internal sealed record NewPostRequest(string Title, IReadOnlyList<string> Tags, string? Category, string? Author,
    string? Date = null, string? Slug = null);

/// <summary>
/// <c>new post</c>: writes content/posts/&lt;date&gt;-&lt;slug&gt;.md with front matter that builds as it is. The post starts
/// as a draft, so serve shows it (with a Draft badge) and build leaves it out until the author publishes it.
/// </summary>
internal static class NewPost
{
    public static NewContentResult Create(string siteRoot, NewPostRequest request, DateOnly today, DiagnosticBag diagnostics)
    {
        var content = ContentLoader.Load(siteRoot, null, diagnostics);
        if (content is null) return NewContentResult.Conflict("site.yml has errors; fix them first");
        var config = content.Config;

        // Every bad option is reported at once, so the author fixes the command line in one go.
        var problems = new List<string>();
        var date = today;
        if (request.Date is { } given && !DateOnly.TryParseExact(given, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            problems.Add($"--date '{given}' is not a date: write it as YYYY-MM-DD, e.g. 2025-03-02");
        var slug = request.Slug ?? Slug.Shorten(Slug.From(request.Title));
        if (request.Slug is not null) problems.AddRange(SlugProblems(request.Slug));
        else if (slug.Length == 0) problems.Add($"the title '{request.Title}' has no letters or digits to make a URL from");
        if (request.Title.Trim().Length > ArticleReader.MaxTitleLength)
            problems.Add($"the title is {request.Title.Trim().Length:N0} characters long; the limit is {ArticleReader.MaxTitleLength:N0}");
        var authorIds = config.Authors.Select(a => a.Id).ToList();
        var author = request.Author ?? authorIds.FirstOrDefault();
        if (author is null) problems.Add("site.yml lists no authors; add one with 'newsgen new author <id> --name \"<name>\"'");
        else if (!authorIds.Contains(author))
            problems.Add($"unknown author '{author}'{DidYouMean.Hint(author, authorIds)}; authors in site.yml: {string.Join(", ", authorIds)}");
        var categoryIds = config.Categories.Select(c => c.Id).ToList();
        if (request.Category is { } category && !categoryIds.Contains(category))
            problems.Add($"unknown category '{category}'{DidYouMean.Hint(category, categoryIds)}; "
                + (categoryIds.Count == 0 ? "site.yml lists none" : $"categories in site.yml: {string.Join(", ", categoryIds)}"));

        var notes = new List<string>();
        var tags = new List<string>();
        // The earliest post's spelling is the one the build uses for the tag page (TagGroups).
        var existingTags = content.Posts.OrderBy(p => p.Date).SelectMany(p => p.Tags).Distinct(StringComparer.Ordinal)
            .GroupBy(Slug.From).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var tag in request.Tags.Select(t => t.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal))
        {
            var tagSlug = Slug.From(tag);
            if (tagSlug.Length == 0)
            {
                problems.Add($"tag '{tag}' has no letters or digits, so it cannot have a page");
                continue;
            }
            if (Slug.IsTooLong(tagSlug))
            {
                problems.Add(Slug.TooLongMessage("tag", tag));
                continue;
            }
            // Two spellings with one slug would collide (GEN012), so an existing tag's spelling wins.
            if (existingTags.TryGetValue(tagSlug, out var known) && known != tag)
                notes.Add($"tag '{tag}' is written '{known}' in other posts; using '{known}'");
            tags.Add(existingTags.GetValueOrDefault(tagSlug, tag));
        }
        if (problems.Count > 0 || author is null) return NewContentResult.Usage([.. problems]);

        var relative = $"content/posts/{date:yyyy-MM-dd}-{slug}.md";
        if (content.Posts.FirstOrDefault(p => p.Slug == slug && p.SourcePath != relative) is { } clash)
            return NewContentResult.Conflict($"{clash.SourcePath} already has the slug '{slug}'; choose a different title or --slug");
        if (NewContentResult.RefusedToCreate(siteRoot, relative, Text(request.Title, date, author, request.Category, tags.Distinct().ToList())) is { } refused)
            return refused;
        notes.Add("it is a draft: 'serve' shows it, 'build' leaves it out until you remove 'draft: true'");
        return NewContentResult.Created(relative, [.. notes]);
    }

    /// <summary>A slug given by hand is used as it is, so it must already be one: lower case, '-' between words.</summary>
    private static IEnumerable<string> SlugProblems(string given)
    {
        var slug = Slug.From(given);
        if (slug.Length == 0) yield return $"--slug '{given}' has no letters or digits";
        else if (slug != given) yield return $"--slug '{given}' must be lower case, with '-' between words: use '{slug}'";
        else if (Slug.IsTooLong(given)) yield return Slug.TooLongMessage("slug", given);
    }

    private static string Text(string title, DateOnly today, string author, string? category, IReadOnlyList<string> tags)
    {
        var lines = new List<string> { "---", $"title: {NewContentResult.Quote(title)}", $"date: {today:yyyy-MM-dd}", $"author: {author}" };
        if (category is not null) lines.Add($"category: {category}");
        if (tags.Count > 0) lines.Add($"tags: [{string.Join(", ", tags.Select(NewContentResult.Quote))}]");
        lines.Add("# summary: \"One or two plain sentences: the TL;DR at the top and the page's description.\"");
        lines.Add("draft: true");
        lines.Add("---");
        lines.Add("Start with what happened, in one paragraph. Then explain why it matters.");
        lines.Add("");
        lines.Add("## What happened");
        lines.Add("");
        return string.Join("\n", lines);
    }
}
