using Generator.Content;
using Generator.Tests.Support;

namespace Generator.Tests.WholeSite;

/// <summary>Messages that used to describe another problem than the one the input has.</summary>
public class TruthfulMessageTests
{
    [Fact]
    public void A_folder_chain_deeper_than_the_system_allows_is_named_as_too_long_not_as_a_missing_link_target()
    {
        using var site = new TestSite();
        site.Post("2026-04-01-a.md", "A");
        try
        {
            // 25 plain folders of 200 letters each: content/… passes 4,096 bytes at the 20th or so. Made with bash, whose
            // cd goes on where the path is too long to name (.NET's and dash's stop there).
            site.Shell("bash -c 'd=$(printf %0200d 0 | tr 0 d); cd content && mkdir deep && cd deep && for i in $(seq 25); do mkdir $d && cd $d || exit 1; done; echo x > file.txt'");
            var errors = TestSite.Errors(site.BuildWithin()).ToList();
            var error = errors.ShouldHaveSingleItem();
            error.ShouldContain(": error GEN022: 'content/deep/ddd");
            error.ShouldMatch(@"cannot be read: its full path is 4,\d\d\d bytes long, more than the 4,095 the system allows; use shorter folder names or fewer levels of folders$");
            error.ShouldNotContain("link");
            site.Check().Diagnostics.ShouldContain(d => d.Code == DiagnosticCodes.UnreadableFile);
        }
        finally
        {
            site.Shell("rm -rf content/deep"); // rm works down the tree; .NET's recursive delete would need the long paths
        }
    }
}
