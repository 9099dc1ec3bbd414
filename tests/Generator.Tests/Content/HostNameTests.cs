using Generator.Content;

namespace Generator.Tests.Content;

public class HostNameTests
{
    [Theory]
    [InlineData("news.example.com", "news.example.com")]
    [InlineData("example.com", "example.com")]
    [InlineData("  News.Example.COM ", "news.example.com")]
    [InlineData("my-blog.example.co.uk", "my-blog.example.co.uk")]
    [InlineData("xn--bcher-kva.example", "xn--bcher-kva.example")]
    public void A_bare_host_name_is_accepted_in_lower_case(string text, string expected)
    {
        HostName.TryParse(text, out var host, out var problem).ShouldBeTrue(problem);
        host.ShouldBe(expected);
    }

    [Theory]
    [InlineData("https://news.example.com/", "it is a URL, not a host name; write 'news.example.com'")]
    [InlineData("news.example.com/blog", "'/' cannot appear in a host name; write the domain only ('news.example.com')")]
    [InlineData("news.example.com:8080", "':' cannot appear in a host name; write the domain only ('news.example.com')")]
    [InlineData("localhost", "a custom domain has at least two labels, such as example.com")]
    [InlineData("news..example.com", "it has an empty label (two dots in a row, or a dot at the start or end)")]
    [InlineData("example.com.", "it has an empty label (two dots in a row, or a dot at the start or end)")]
    [InlineData("my_blog.example.com", "the label 'my_blog' may only hold letters, digits and '-'")]
    [InlineData("news example.com", "the label 'news example' may only hold letters, digits and '-'")]
    [InlineData("-news.example.com", "the label '-news' starts or ends with '-'")]
    [InlineData("192.168.1.10", "it looks like an IP address; GitHub Pages needs a domain name")]
    [InlineData("bücher.example", "it has non-ASCII letters; write an internationalised domain in its xn-- (Punycode) form")]
    [InlineData("", "it is empty")]
    public void Anything_else_is_refused_with_the_reason(string text, string reason)
    {
        HostName.TryParse(text, out _, out var problem).ShouldBeFalse();
        problem.ShouldBe(reason);
    }

    [Fact]
    public void A_label_longer_than_dns_allows_is_refused()
    {
        HostName.TryParse(new string('a', 64) + ".example.com", out _, out var problem).ShouldBeFalse();
        problem.ShouldStartWith("the label 'aaaa");
        problem.ShouldEndWith("is longer than 63 characters");
    }
}
