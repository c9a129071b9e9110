namespace RareGraph.GraphQL.Paging;

/// <summary>
/// Keyset paging over a list already in memory (an entity's relationships, an analysis result). Items are ordered by
/// their key (a tuple of strings compared ordinally), and cursors carry that key, so a page boundary survives inserts.
/// </summary>
internal static class InMemoryPaging
{
    public static Connection<T> Page<T>(IReadOnlyList<T> items, int keyLength, Func<T, string[]> keyOf, PageRequest page)
        where T : notnull
    {
        var ordered = items.Select(i => (Key: keyOf(i), Item: i)).OrderBy(p => p.Key, KeyComparer.Instance).ToList();
        return PageOrdered(ordered, keyLength, page);
    }

    /// <summary>Pages items whose order is meaningful as given (a ranking); the cursor is the position in the ranking.</summary>
    /// <remarks>
    /// Only the page's items are read: a ranking (an impact report) may hold a whole graph's organisations and makes each
    /// entry when it is first read.
    /// </remarks>
    public static Connection<T> PageRanked<T>(IReadOnlyList<T> ranked, PageRequest page)
        where T : notnull
    {
        var count = ranked.Count;
        var start = 0;
        var end = count;
        if (page.Cursor is not null)
        {
            var argument = page.Backward ? "before" : "after";
            var position = RankOf(DecodeKey(page, 1)[0], argument);
            if (page.Backward)
            {
                end = (int)Math.Clamp(position, 0, count);
            }
            else
            {
                start = (int)Math.Clamp(position + 1, 0, count);
            }
        }

        var take = Math.Max(0, Math.Min(page.Size, end - start));
        var from = page.Backward ? end - take : start;
        var edges = new List<Edge<T>>(take);
        for (var i = from; i < from + take; i++)
        {
            var rank = i;
            edges.Add(new Edge<T>(ranked[i], _ => page.Cursors.Encode([RankKey(rank)])));
        }

        var pageInfo = PageInfo.Of(
            hasNextPage: from + take < count,
            hasPreviousPage: from > 0,
            edges);
        return new Connection<T>(edges, pageInfo, _ => Task.FromResult((long)count));
    }

    private static string RankKey(int index) => index.ToString("D10", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The position a ranking cursor names: ten digits, as <see cref="RankKey"/> writes them.</summary>
    private static long RankOf(string key, string argument) =>
        key.Length == 10 && key.All(char.IsAsciiDigit)
            ? long.Parse(key, System.Globalization.CultureInfo.InvariantCulture)
            : throw CursorBinding.NotOurs(argument);

    private static Connection<T> PageOrdered<T>(List<(string[] Key, T Item)> ordered, int keyLength, PageRequest page)
        where T : notnull
    {
        var start = 0;
        var end = ordered.Count;
        if (page.Cursor is not null)
        {
            var cursorKey = DecodeKey(page, keyLength);
            if (page.Backward)
            {
                end = FirstIndex(ordered, p => KeyComparer.Instance.Compare(p.Key, cursorKey) >= 0);
            }
            else
            {
                start = FirstIndex(ordered, p => KeyComparer.Instance.Compare(p.Key, cursorKey) > 0);
            }
        }

        var take = Math.Min(page.Size, end - start);
        var from = page.Backward ? end - take : start;
        var edges = ordered.GetRange(from, take).Select(p => new Edge<T>(p.Item, _ => page.Cursors.Encode(p.Key))).ToList();
        var total = ordered.Count;
        var pageInfo = PageInfo.Of(
            hasNextPage: from + take < ordered.Count,
            hasPreviousPage: from > 0,
            edges);
        return new Connection<T>(edges, pageInfo, _ => Task.FromResult((long)total));
    }

    private static int FirstIndex<TItem>(List<TItem> items, Predicate<TItem> match)
    {
        var index = items.FindIndex(match);
        return index < 0 ? items.Count : index;
    }

    private static string[] DecodeKey(PageRequest page, int keyLength) =>
        page.Cursors.Decode(page.Cursor!, page.CursorArgument, keyLength)
            .Select(v => v.ValueKind == System.Text.Json.JsonValueKind.String ? v.GetString()! : throw CursorBinding.NotOurs(page.CursorArgument))
            .ToArray();

    private sealed class KeyComparer : IComparer<string[]>
    {
        public static readonly KeyComparer Instance = new();

        public int Compare(string[]? x, string[]? y)
        {
            ArgumentNullException.ThrowIfNull(x);
            ArgumentNullException.ThrowIfNull(y);
            for (var i = 0; i < Math.Min(x.Length, y.Length); i++)
            {
                var c = string.CompareOrdinal(x[i], y[i]);
                if (c != 0)
                {
                    return c;
                }
            }

            return x.Length.CompareTo(y.Length);
        }
    }
}
