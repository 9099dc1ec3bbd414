using System.Net;
using System.Text;
using Generator.Content;

namespace Generator.Serve;

/// <summary>
/// What serve adds to the HTML it sends (never to <c>build</c> output): the live-reload script and, while the latest
/// build is broken, an overlay listing its errors, so reloading a page still shows why it is stale.
/// </summary>
internal static class LiveReloadPage
{
    public const string EventsPath = "/__livereload";
    public const string ScriptPath = "/__livereload.js";
    public const string OverlayId = "__livereload-overlay";

    public static string Inject(byte[] html, ServedSite site) => Inject(Encoding.UTF8.GetString(html), site);

    public static string Inject(string text, ServedSite site)
    {
        var addition = (site.IsBroken ? Overlay(site.Errors) : "") + $"<script src=\"{ScriptPath}\"></script>\n";
        var bodyEnd = text.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return bodyEnd < 0 ? text + addition : text.Insert(bodyEnd, addition);
    }

    /// <summary>Shown for every page while no build has succeeded yet.</summary>
    public static string ErrorPage(ServedSite site) => Inject(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Build failed</title></head><body>\n"
        + "<h1>The site does not build yet</h1>\n</body></html>\n", site);

    public static string Overlay(IReadOnlyList<Diagnostic> errors)
    {
        var lines = string.Join("\n", errors.Select(e => WebUtility.HtmlEncode(e.ToString())));
        return $"<div id=\"{OverlayId}\" role=\"alert\" style=\"{OverlayStyle}\"><strong>Build failed; showing the last good version.</strong>"
            + $"<pre style=\"white-space:pre-wrap;margin:.5rem 0 0\">{lines}</pre></div>\n";
    }

    private const string OverlayStyle =
        "position:fixed;inset:auto 0 0 0;max-height:50vh;overflow:auto;z-index:2147483647;margin:0;padding:1rem;"
        + "background:#2b0b0e;color:#ffd7d7;font:14px/1.45 ui-monospace,monospace;border-top:4px solid #e5484d";

    /// <summary>
    /// Listens on the event stream: reloads on <c>reload</c>, swaps stylesheets on <c>css</c> (linked ones by their
    /// URL, those written into the page by <c>inline_css</c> by their text), shows or clears the overlay, and reloads
    /// after reconnecting (the server restarted, so the page may be stale).
    /// </summary>
    public static readonly string Script = $$"""
        (() => {
          const overlayId = "{{OverlayId}}";
          const style = "{{OverlayStyle}}";
          let connected = false;
          const hide = () => document.getElementById(overlayId)?.remove();
          const show = lines => {
            let box = document.getElementById(overlayId);
            if (!box) {
              box = document.createElement("div");
              box.id = overlayId;
              box.setAttribute("role", "alert");
              box.setAttribute("style", style);
              document.body.appendChild(box);
            }
            box.replaceChildren();
            const title = document.createElement("strong");
            title.textContent = "Build failed; showing the last good version.";
            const list = document.createElement("pre");
            list.style.cssText = "white-space:pre-wrap;margin:.5rem 0 0";
            list.textContent = lines.join("\n");
            box.append(title, list);
          };
          const events = new EventSource("{{EventsPath}}");
          events.addEventListener("hello", e => {
            if (connected) { location.reload(); return; }
            connected = true;
            const state = JSON.parse(e.data);
            if (state.broken) show(state.diagnostics); else hide();
          });
          events.addEventListener("reload", () => location.reload());
          events.addEventListener("broken", e => show(JSON.parse(e.data).diagnostics));
          events.addEventListener("css", e => {
            hide();
            const sheets = JSON.parse(e.data).stylesheets;
            for (const link of document.querySelectorAll('link[rel="stylesheet"]')) {
              const url = new URL(link.href, location.href);
              const logical = url.pathname.replace(/\.[0-9a-f]{8}(\.css)$/, "$1");
              if (sheets[logical] && sheets[logical] !== url.pathname) link.href = sheets[logical];
            }
            // A stylesheet the theme wrote into the page (inline_css) gets the new file's text; of two quick edits,
            // the later one wins even when its text arrives first.
            for (const inline of document.querySelectorAll("style[data-asset]")) {
              const logical = Object.keys(sheets).find(k => k.endsWith("/assets/" + inline.dataset.asset));
              if (!logical) continue;
              const wanted = inline.__newsgenSheet = sheets[logical];
              fetch(wanted).then(r => r.text()).then(text => { if (inline.__newsgenSheet === wanted) inline.textContent = text; });
            }
          });
        })();
        """;
}
