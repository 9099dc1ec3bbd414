namespace Generator.Site;

/// <summary>One page of a paginated list, with its neighbours' numbers.</summary>
public sealed record PageSlice<T>(int Number, int TotalPages, IReadOnlyList<T> Items)
{
    public bool HasPrevious => Number > 1;

    public bool HasNext => Number < TotalPages;
}

public static class Paginator
{
    /// <summary>Splits a list into pages; an empty list still has one (empty) page, so the home page always exists.</summary>
    public static IReadOnlyList<PageSlice<T>> Paginate<T>(IReadOnlyList<T> items, int perPage)
    {
        var total = Math.Max(1, (items.Count + perPage - 1) / perPage);
        var pages = new List<PageSlice<T>>(total);
        for (var n = 1; n <= total; n++)
        {
            var start = (n - 1) * perPage;
            var count = Math.Min(perPage, Math.Max(0, items.Count - start));
            pages.Add(new PageSlice<T>(n, total, items.Skip(start).Take(count).ToList()));
        }
        return pages;
    }
}
