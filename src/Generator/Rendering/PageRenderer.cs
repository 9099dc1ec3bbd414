using System.Collections.Concurrent;
using Generator.Content;
using Generator.Site;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Generator.Rendering;

/// <summary>One page to render: which template, with which model, at which URL.</summary>
internal sealed record PageJob(string Url, string Template, IPageModel Model, PageMeta Meta)
{
    /// <summary>The page's language ('t' and dates speak it); null: the site's default language.</summary>
    public string? Language { get; init; }

    /// <summary>Where the page's language lives ("/ai-news/zh/"), for <c>rel_lang_url</c>; null: the base path.</summary>
    public string? LanguagePath { get; init; }

    /// <summary>The content files the page shows, as its views were made (the dependency record's reads).</summary>
    public IReadOnlyList<Record.PageRead> Reads { get; init; } = [];
}

/// <summary>
/// The Rendering stage: every page of the site through its template and then the layout, in parallel, one Scriban
/// context per worker thread. A template error is reported once at its template's line and column, however many
/// pages hit it. Cancellation stops it between pages and inside a template's loops (Scriban checks the context's
/// token at every iteration), so a theme that loops for minutes cannot keep Ctrl+C waiting.
/// </summary>
internal sealed class PageRenderer(SiteUrls urls, TemplateSet templates, DiagnosticBag diagnostics, string defaultLanguage = "en",
    CancellationToken cancel = default)
{
    private readonly ConcurrentDictionary<string, bool> reported = new(StringComparer.Ordinal);
    private readonly PartialCache partials = new();
    private readonly ThreadLocal<ThemeContext> contexts = new(() => NewContext(templates, cancel));

    private ParallelOptions Parallelism => new() { CancellationToken = cancel };

    /// <param name="pageDone">Called after each page, from any thread (the CLI's progress bar counts with it).</param>
    public IReadOnlyList<OutputFile> RenderAll(IReadOnlyList<PageJob> jobs, Action? pageDone = null)
    {
        var results = new OutputFile?[jobs.Count];
        Parallel.For(0, jobs.Count, Parallelism, i =>
        {
            results[i] = Render(jobs[i]);
            pageDone?.Invoke();
        });
        return results.OfType<OutputFile>().ToList();
    }

    /// <summary>Renders every page in parallel, handing each to <paramref name="rendered"/> (from any thread) as soon
    /// as it is made and keeping none: a build that writes streams its pages to disk this way.</summary>
    public void RenderEach(IReadOnlyList<PageJob> jobs, Action<OutputFile> rendered, Action? pageDone = null) =>
        Parallel.For(0, jobs.Count, Parallelism, i =>
        {
            if (Render(jobs[i]) is { } file) rendered(file);
            pageDone?.Invoke();
        });

    public OutputFile? Render(PageJob job)
    {
        // The page template writes into the worker's body buffer; the layout copies it in where it says {{ content }}.
        var body = contexts.Value!.Body;
        body.Clear();
        if (Apply(job.Template, job.Model, job, body) is null) return null;
        var html = Apply("layout", new LayoutModel(job.Model.Site, job.Meta, new HtmlBuffer(body)), job, into: null);
        return html is null ? null : new OutputFile(urls.OutputPath(job.Url), html);
    }

    /// <param name="into">Where the template writes its output; null: the output is returned as a string.</param>
    private string? Apply(string template, object model, PageJob job, System.Text.StringBuilder? into)
    {
        var url = job.Url;
        var context = contexts.Value!;
        context.Partials = partials;
        context.PageLanguage = job.Language ?? defaultLanguage;
        var functions = LanguageFunctions(job.Language ?? defaultLanguage, job.LanguagePath ?? urls.BasePath);
        var globals = ViewAccessor.Globals(model);
        context.PushGlobal(functions);
        context.PushGlobal(globals);
        try
        {
            var html = into is null ? templates[template].Render(context) : RenderInto(context, templates[template], into);
            context.PopGlobal();
            context.PopGlobal();
            return html;
        }
        catch (ScriptAbortException)
        {
            contexts.Value = NewContext(templates, cancel);
            throw new OperationCanceledException(cancel);
        }
        catch (ScriptRuntimeException e)
        {
            Report(TemplateSet.At(e.Span),
                TemplateErrors.Explain(e, context, globals.Keys.Concat(functions.Keys).Concat(templates.GlobalNames)), url);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or InvalidCastException or FormatException
                                      or NullReferenceException or OverflowException or InsufficientExecutionStackException)
        {
            Report(SourceLocation.FileStart(templates.SourcePathOf(template)), e.Message, url);
        }
        contexts.Value = NewContext(templates, cancel); // a render cut short leaves scopes pushed: start the next page clean
        return null;
    }

    private static ThemeContext NewContext(TemplateSet templates, CancellationToken cancel)
    {
        var context = templates.NewContext();
        context.CancellationToken = cancel;
        return context;
    }

    /// <summary>What <c>Template.Render</c> does, into a buffer of the caller's rather than into a string.</summary>
    private static string RenderInto(ThemeContext context, Scriban.Template template, System.Text.StringBuilder into)
    {
        context.PushOutput(new StringBuilderOutput(into));
        try
        {
            if (template.Page is { } page && context.Evaluate(page) is { } result) context.Write(page.Span, result);
        }
        finally
        {
            context.PopOutput();
        }
        return "";
    }

    /// <summary>The functions that speak a page's language (<c>t</c>, <c>rel_lang_url</c>): made once per language and
    /// shared by its pages, which see them beneath their own variables.</summary>
    private ScriptObject LanguageFunctions(string language, string languagePath) =>
        languageFunctions.GetOrAdd((language, languagePath), key =>
        {
            var functions = new ScriptObject();
            var strings = templates.Strings.For(key.Language, defaultLanguage);
            functions.SetValue("t", new TranslateFunction(strings, (span, name) => Warn(TemplateSet.At(span), name)), true);
            ThemeFunctions.Import(functions, "rel_lang_url", new Func<string, string>(path => key.Path + path.TrimStart('/')));
            return functions;
        });

    private readonly ConcurrentDictionary<(string Language, string Path), ScriptObject> languageFunctions = new();

    private void Warn(SourceLocation at, string key)
    {
        if (reported.TryAdd("t\0" + key, true))
            diagnostics.Warning(at, DiagnosticCodes.MissingInterfaceString,
                $"interface string '{key}' is in no file of {InterfaceStrings.Folder}/; pages show the key itself");
    }

    private void Report(SourceLocation at, string rawMessage, string url)
    {
        var message = rawMessage.Split('\n')[0].Trim();
        if (reported.TryAdd($"{at}\0{message}", true))
            diagnostics.Error(at, DiagnosticCodes.TemplateRender, $"template failed while rendering {url}: {message}");
    }
}
