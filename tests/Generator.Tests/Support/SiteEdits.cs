using Generator.Tests.WholeSite;

namespace Generator.Tests.Support;

/// <summary>
/// Every kind of edit an author makes to an <see cref="EditableSite"/>: a post's body and each front-matter field,
/// adding, deleting and renaming posts, terms and pages, templates, partials and i18n files, each section of
/// site.yml, static files and images. Each returns the paths it changed, as serve's watcher reports them;
/// <c>target</c> (0–9) picks which post, term or value, so a generated sequence can be shrunk and replayed.
/// </summary>
public static class SiteEdits
{
    public sealed record Edit(string Name, Func<EditableSite, int, string[]> Apply);

    private static EditableSite.PostFields Pick(EditableSite site, int target) => site.Posts[target % site.Posts.Count];

    private static string[] Post(EditableSite site, int target, Func<EditableSite.PostFields, EditableSite.PostFields> change)
    {
        var index = target % site.Posts.Count;
        site.Posts[index] = change(site.Posts[index]);
        return [site.WritePost(site.Posts[index])];
    }

    private static string[] Replace(EditableSite site, string relative, string oldText, string newText)
    {
        var path = Path.Combine(site.Root, relative);
        var text = File.ReadAllText(path);
        // Toggles: the second edit of a kind puts the text back, so every sequence stays a valid site.
        File.WriteAllText(path, text.Contains(oldText, StringComparison.Ordinal) ? text.Replace(oldText, newText) : text.Replace(newText, oldText));
        return [relative];
    }

    private static readonly string[] TagChoices = ["Chips", "Cloud", "Models", "Agents", "Kimi K2.6"];

    public static readonly IReadOnlyList<Edit> All =
    [
        new("body", (s, t) => Post(s, t, p => p with { Body = p.Body + $"\nMore words, take {t}.\n" })),
        new("body-links-term", (s, t) => Post(s, t, p => p with { Body = p.Body.Contains("benchmark") ? p.Body.Replace("benchmark", "test") : p.Body + "\nScored on a benchmark.\n" })),
        new("body-grows", (s, t) => Post(s, t, p => p with { Body = p.Body + "\n" + string.Join(' ', Enumerable.Repeat("Many more words here.", 80)) + "\n" })),
        new("title", (s, t) => Post(s, t, p => p with { Title = p.Title + $" {t}" })),
        new("date", (s, t) => Post(s, t, p => p.Date.StartsWith("2099", StringComparison.Ordinal) ? p with { Date = "2026-04-09" } : p with { Date = $"2026-03-{10 + t:00}" })),
        new("draft", (s, t) => Post(s, t, p => p with { Draft = !p.Draft })),
        new("tags", (s, t) => Post(s, t, p => p with { Tags = [TagChoices[t % TagChoices.Length], .. p.Tags.Take(1)] })),
        new("category", (s, t) => Post(s, t, p => p with { Category = p.Category == "tech" ? "policy" : p.Category is null ? "tech" : null })),
        new("author", (s, t) => Post(s, t, p => p with { Author = p.Author == "ana" ? "ben" : "ana" })),
        new("summary", (s, t) => Post(s, t, p => p with { Summary = p.Summary is null ? $"Summary {t}." : null })),
        new("params", (s, t) => Post(s, t, p => p with { Params = $"{{ series: \"Part {t}\" }}" })),
        new("translation-key", (s, t) => Post(s, t, p => p with { TranslationKey = p.TranslationKey is null ? "deal" : null })),
        new("also-read", (s, t) => Post(s, t, p => p with
        {
            AlsoRead = p.AlsoRead.Length > 0 ? [] : new[] { "chips", "agents" }[t % 2] is var slug && !p.File.Contains(slug, StringComparison.Ordinal) ? [slug] : [],
        })),
        new("lang", (s, t) => s.TwoLanguages ? Post(s, t, p => p with { Lang = p.Lang is null && !p.File.EndsWith(".zh.md", StringComparison.Ordinal) ? "zh" : null }) : []),
        new("add-post", (s, t) =>
        {
            var post = new EditableSite.PostFields($"2026-04-{10 + t:00}-new-{t}.md", $"New post {t}", $"2026-04-{10 + t:00}", "Fresh news about a GPU.\n")
            { Tags = [TagChoices[t % TagChoices.Length]], Category = t % 2 == 0 ? "tech" : null };
            if (s.Posts.Any(p => p.File == post.File)) return [];
            s.Posts.Add(post);
            return [s.WritePost(post)];
        }),
        new("delete-post", (s, t) =>
        {
            if (s.Posts.Count <= 2) return [];
            var post = Pick(s, t);
            s.Posts.Remove(post);
            s.Delete(s.PostPath(post));
            return [s.PostPath(post)];
        }),
        new("rename-post", (s, t) =>
        {
            var index = t % s.Posts.Count;
            var old = s.Posts[index];
            var renamed = old with { File = old.File.Replace(".md", $"-r{t}.md", StringComparison.Ordinal) };
            if (renamed.File.EndsWith(".zh-r" + t + ".md", StringComparison.Ordinal)) return [];
            s.Delete(s.PostPath(old));
            s.Posts[index] = renamed;
            return [s.PostPath(old), s.WritePost(renamed)];
        }),
        new("add-term", (s, t) => [s.Write($"content/glossary/tool-{t % 3}.md", EditableSite.Term($"tool{t % 3}", "A thing models call."))]),
        new("delete-term", (s, t) =>
        {
            var relative = t % 2 == 0 ? "content/glossary/benchmark.md" : $"content/glossary/tool-{t % 3}.md";
            if (!File.Exists(Path.Combine(s.Root, relative))) return [];
            s.Delete(relative);
            return [relative];
        }),
        new("edit-term", (s, t) => [s.Write("content/glossary/gpu.md", EditableSite.Term("GPU", $"A chip for parallel maths, take {t}."))]),
        new("add-page", (s, t) => [s.Write($"content/pages/contact-{t % 2}.md", $"---\ntitle: Contact {t}\n---\nWrite to us.\n")]),
        new("edit-page", (s, t) => [s.Write("content/pages/about.md", $"---\ntitle: About {t}\n---\nAbout us, take {t}.\n")]),
        new("template", (s, _) => Replace(s, "templates/post.sbn-html", "<article", "<p class=\"edited\" hidden></p>\n<article")),
        new("template-id", (s, _) => Replace(s, "templates/post.sbn-html", "<article", "<p id=\"terms\" hidden></p>\n<article")),
        new("partial", (s, _) => Replace(s, "templates/partials/footer.sbn-html", "<footer", "<!-- edited -->\n<footer")),
        new("i18n", (s, _) => Replace(s, "templates/i18n/en.yml", "why_it_matters: Why it matters", "why_it_matters: Why this matters")),
        new("site-title", (s, t) => { s.Title = $"Test News {t}"; return [s.WriteConfig()]; }),
        new("site-author", (s, t) => { s.AnaName = $"Ana Example {t}"; return [s.WriteConfig()]; }),
        new("site-avatar", (s, _) => { s.AnaHasAvatar = !s.AnaHasAvatar; return [s.WriteConfig()]; }),
        new("site-category", (s, t) => { s.TechName = $"Tech {t}"; return [s.WriteConfig()]; }),
        new("site-params", (s, t) => { s.SiteParams = $"{{ tagline: \"Plain news {t}\" }}"; return [s.WriteConfig()]; }),
        new("site-menu", (s, _) => { s.MenuHasAbout = !s.MenuHasAbout; return [s.WriteConfig()]; }),
        new("site-base-url", (s, t) => { s.BaseUrl = t % 2 == 0 ? "https://example.github.io/ai-news/" : "https://news.example.com/"; return [s.WriteConfig()]; }),
        new("static-file", (s, t) => [s.Write($"content/files/note-{t % 2}.txt", $"A note, take {t}.\n")]),
        new("image", (s, t) =>
        {
            File.WriteAllBytes(Path.Combine(s.Root, "content/images/chart.png"), ImageBuildTests.Png(600 + 40 * t, 360));
            return ["content/images/chart.png"];
        }),
    ];
}
