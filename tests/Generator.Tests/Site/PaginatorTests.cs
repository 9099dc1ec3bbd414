using Generator.Site;

namespace Generator.Tests.Site;

public class PaginatorTests
{
    [Fact]
    public void Items_are_split_into_pages_of_the_given_size()
    {
        var pages = Paginator.Paginate(Enumerable.Range(1, 5).ToList(), 2);
        pages.Select(p => p.Items).ShouldBe([[1, 2], [3, 4], [5]]);
        pages[0].HasPrevious.ShouldBeFalse();
        pages[0].HasNext.ShouldBeTrue();
        pages[2].HasNext.ShouldBeFalse();
        pages.ShouldAllBe(p => p.TotalPages == 3);
    }

    [Fact]
    public void Empty_list_still_has_one_page() =>
        Paginator.Paginate(new List<int>(), 10).ShouldHaveSingleItem().Items.ShouldBeEmpty();
}
