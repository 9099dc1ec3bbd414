namespace Generator.Site;

/// <summary>One page of a paginated list, with its neighbours' numbers.</summary>
internal sealed record PageSlice<T>(int Number, int TotalPages, IReadOnlyList<T> Items)
{
    public bool HasPrevious => Number > 1;

    public bool HasNext => Number < TotalPages;
}

internal static class Paginator
{
    /// <summary>Splits a list into pages; an empty list still has one (empty) page, so the home page always exists.</summary>
    public static IReadOnlyList<PageSlice<T>> Paginate<T>(IReadOnlyList<T> items, int perPage)
    {
        var total = PageCount(items.Count, perPage);
        var pages = new List<PageSlice<T>>(total);
        for (var n = 1; n <= total; n++)
        {
            var start = (n - 1) * perPage;
            var count = Math.Min(perPage, Math.Max(0, items.Count - start));
            pages.Add(new PageSlice<T>(n, total, items.Skip(start).Take(count).ToList()));
        }
        return pages;
    }

    /// <summary>How many pages <see cref="Paginate"/> makes of <paramref name="count"/> items.</summary>
    public static int PageCount(int count, int perPage) => Math.Max(1, (count + perPage - 1) / perPage);
}
