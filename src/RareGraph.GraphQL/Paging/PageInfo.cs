namespace RareGraph.GraphQL.Paging;

/// <summary>
/// Where a page sits in its connection. The start and end cursors are those of its first and last edges, read (and so
/// sealed) only when a client selects them.
/// </summary>
internal sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, IEdge? First, IEdge? Last)
{
    public string? StartCursor => First?.Cursor;

    public string? EndCursor => Last?.Cursor;

    /// <summary>The page info of <paramref name="edges"/>.</summary>
    public static PageInfo Of<T>(bool hasNextPage, bool hasPreviousPage, IReadOnlyList<Edge<T>> edges)
        where T : notnull =>
        new(hasNextPage, hasPreviousPage, edges.Count > 0 ? edges[0] : null, edges.Count > 0 ? edges[^1] : null);
}
