using AngleSharp.Html.Parser;

namespace Generator.Tests.Output;

public static class FeedAssertions
{
    /// <summary>Every href, src and srcset URL in the HTML is absolute http(s): feed readers have nothing to resolve against.</summary>
    public static void HasNoRelativeUrls(string html)
    {
        var body = new HtmlParser().ParseDocument("<!DOCTYPE html><html><body>" + html).Body!;
        var urls = body.QuerySelectorAll("[href], [src], [srcset]").SelectMany(e => new[]
        {
            e.GetAttribute("href"), e.GetAttribute("src"),
        }.Concat((e.GetAttribute("srcset") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(c => c.Split(' ')[0]))).OfType<string>().ToList();
        urls.ShouldNotBeEmpty();
        foreach (var url in urls) url.ShouldStartWith("https://", customMessage: $"'{url}' is not absolute");
    }
}
