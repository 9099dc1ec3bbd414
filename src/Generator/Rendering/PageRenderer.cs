using System.Collections.Concurrent;
using Generator.Content;
using Generator.Site;
using HandlebarsDotNet;

namespace Generator.Rendering;

/// <summary>A file of the finished site, relative to the output folder.</summary>
public sealed record OutputFile(string Path, string Content);

/// <summary>One page to render: which template, with which model, at which URL.</summary>
public sealed record PageJob(string Url, string Template, IPageModel Model, PageMeta Meta);

/// <summary>
/// The Rendering stage: every page of the site through its template and then the layout, in parallel.
/// A template that fails at render time is reported once, however many pages hit the same failure.
/// </summary>
public sealed class PageRenderer(SiteModel site, TemplateSet templates, DiagnosticBag diagnostics)
{
    private readonly ConcurrentDictionary<string, bool> reported = new(StringComparer.Ordinal);

    /// <param name="pageDone">Called after each page, from any thread (the CLI's progress bar counts with it).</param>
    public IReadOnlyList<OutputFile> RenderAll(IReadOnlyList<PageJob> jobs, Action? pageDone = null)
    {
        var results = new OutputFile?[jobs.Count];
        Parallel.For(0, jobs.Count, i =>
        {
            results[i] = Render(jobs[i]);
            pageDone?.Invoke();
        });
        return results.OfType<OutputFile>().ToList();
    }

    public OutputFile? Render(PageJob job)
    {
        var body = Apply(job.Template, job.Model, job.Url);
        if (body is null) return null;
        var html = Apply("layout", new LayoutModel(job.Model.Site, job.Meta, body), job.Url);
        return html is null ? null : new OutputFile(site.Urls.OutputPath(job.Url), html);
    }

    private string? Apply(string template, object model, string url)
    {
        try
        {
            return templates[template](model);
        }
        catch (Exception e) when (e is HandlebarsException or InvalidOperationException or ArgumentException or NullReferenceException)
        {
            var message = e.Message.Split('\n')[0].Trim();
            if (reported.TryAdd(template + "\0" + message, true))
                diagnostics.Error(SourceLocation.FileStart(TemplateSet.PathOf(template)), DiagnosticCodes.TemplateRender,
                    $"template failed while rendering {url}: {message}");
            return null;
        }
    }
}
