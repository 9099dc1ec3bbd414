using Generator.Authoring;
using YamlDotNet.RepresentationModel;

namespace Generator.Tests.Authoring;

public class FrontMatterQuotingTests
{
    [Theory]
    [InlineData("Plain title")]
    [InlineData("Kimi K2.6: \"agents\" & more")]
    [InlineData("# not a comment, - not a list")]
    [InlineData("back\\slash and tab\there")]
    [InlineData("人工智能 · Café")]
    public void A_quoted_title_reads_back_as_the_same_text(string title)
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader($"title: {NewContentResult.Quote(title)}"));
        var mapping = (YamlMappingNode)yaml.Documents[0].RootNode;
        ((YamlScalarNode)mapping.Children[new YamlScalarNode("title")]).Value.ShouldBe(title);
    }
}
