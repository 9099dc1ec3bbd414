using Generator.Output;

namespace Generator.Tests.Output;

public class SafePathTests
{
    [Theory]
    [InlineData("../outside.html")]
    [InlineData("posts/../../outside.html")]
    [InlineData("/etc/passwd")]
    public void Path_leaving_the_output_folder_is_refused(string relative) =>
        Should.Throw<UnsafeOutputPathException>(() => SafePath.Inside("/tmp/site-out", relative));

    [Fact]
    public void Path_inside_the_output_folder_is_resolved() =>
        SafePath.Inside("/tmp/site-out", "posts/a/index.html").ShouldBe("/tmp/site-out/posts/a/index.html");
}
